import { PGlite } from '@electric-sql/pglite';
import { createPgliteStore } from '@dangjian/adapters/pglite';
import { seedTenant } from '@dangjian/core';
import { demoActor, demoTenant } from './demo-tenant.js';
import { demoRecords } from './seed.js';

/**
 * The demo's database as a first visit receives it: the street seeded through `seedTenant` (every
 * record validated, one audited commit) in PGlite here in Node, then its data directory packed with
 * `dumpDataDir` (a gzipped tar). The browser loads it with PGlite's `loadDataDir`, where it would
 * otherwise run initdb, the migrations and the seed itself. Made from the fixture at every
 * `npm start` and build (demo/seed-dump-plugin.ts): never a stored binary that could go stale.
 */
export async function seedDump(at: string): Promise<Uint8Array> {
  // 1 MB WAL segments instead of 16: a segment is one file in IndexedDB, rewritten whole when a
  // commit touches it, so the first visit saves (and each later commit rewrites) 1 MB, not 16.
  const db = await PGlite.create({ initDbStartParams: ['--wal-segsize=1'] });
  try {
    const store = await createPgliteStore({ db });
    await seedTenant(store, demoTenant, demoRecords(), { actorId: demoActor.id, at });
    // The templates serve CREATE DATABASE, which the demo never runs; they were half of the files a
    // first visit unpacks and writes to IndexedDB.
    await db.exec(`UPDATE pg_database SET datistemplate = false WHERE datname IN ('template0', 'template1')`);
    for (const template of ['template0', 'template1']) await db.exec(`DROP DATABASE ${template}`);
    // A checkpoint last: the browser then starts from clean files, with no WAL left to replay.
    await db.exec('CHECKPOINT');
    const dump = await db.dumpDataDir('gzip');
    return new Uint8Array(await dump.arrayBuffer());
  } finally {
    await db.close();
  }
}
