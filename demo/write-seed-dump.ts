import { writeFileSync } from 'node:fs';
import { seedDump } from './seed-dump.js';

/**
 * `node --conditions=source --import tsx demo/write-seed-dump.ts <file>`: writes the demo's seeded
 * database (a gzipped tar of PGlite's data directory) to `<file>`. The seed's audit record carries
 * the time it was made, as any seed's does.
 */
const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: write-seed-dump.ts <file>');
writeFileSync(file, await seedDump(new Date().toISOString()));
