// Runs before `npm test`: says plainly what the machine lacks instead of letting a test fail obscurely.
import { existsSync, readdirSync } from 'node:fs';

const problems = [];
const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path) => path && existsSync(path),
);
if (!chromium)
  problems.push('Chromium is missing (component and end-to-end tests launch /usr/bin/chromium, or $CHROMIUM_PATH).');

const pgBase = '/usr/lib/postgresql';
const hasPostgres =
  existsSync(pgBase) && readdirSync(pgBase).some((version) => existsSync(`${pgBase}/${version}/bin/initdb`));
if (!hasPostgres && !process.env.PG_URL)
  problems.push(
    'PostgreSQL is missing (adapter tests start a throw-away server from /usr/lib/postgresql/*/bin, or use $PG_URL).',
  );

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19))
  problems.push(`Node ${process.versions.node} is too old: use Node 20.19 or newer.`);

if (problems.length > 0) {
  console.error(
    `npm test cannot run on this machine yet:\n  - ${problems.join('\n  - ')}\nFix: npm run setup:system   (installs Debian packages chromium, postgresql, fonts-noto-cjk; needs root)`,
  );
  process.exit(1);
}
console.log(`system check: chromium at ${chromium}, postgres ${process.env.PG_URL ? 'from PG_URL' : 'binaries found'}`);
