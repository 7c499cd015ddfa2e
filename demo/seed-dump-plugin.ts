import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** The page imports the dump's address from here: `import seedDumpUrl from 'virtual:demo-seed-dump'`. */
const moduleId = 'virtual:demo-seed-dump';
const resolvedId = `\0${moduleId}`;
/** Where `npm start` serves the dump. */
const devPath = '/@demo/qinglong-seed.tar.gz';
const repo = fileURLToPath(new URL('..', import.meta.url));

/**
 * Makes the dump in its own Node process: the workspace packages resolve to their sources there
 * (`--conditions=source`), as in the tests, with no build of the kit needed on a fresh clone.
 */
function makeSeedDump(): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'dj-demo-seed-'));
  const file = join(dir, 'seed.tar.gz');
  const script = fileURLToPath(new URL('./write-seed-dump.ts', import.meta.url));
  return new Promise<Buffer>((resolve, reject) => {
    execFile(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', script, file],
      { cwd: repo, maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        try {
          if (error) reject(new Error(`the demo's seed dump failed: ${stderr || error.message}`));
          else resolve(readFileSync(file));
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    );
  });
}

/**
 * The demo's first visit loads 青龙街道 as a prebuilt PGlite data directory instead of running
 * initdb, the migrations and the seed in the page. The dump is made from the fixture each time the
 * dev server starts (served at {@link devPath}) and at each build (emitted as a hashed asset), so it
 * can never be older than the fixture and the migrations it was made with. `makeAtStart: false`
 * (a test server whose pages may never ask for it) makes it on the first request instead.
 */
export function seedDumpPlugin({ makeAtStart = true }: { readonly makeAtStart?: boolean } = {}): Plugin {
  let dump: Promise<Buffer> | undefined;
  const made = (): Promise<Buffer> => (dump ??= makeSeedDump());
  let serving = false;
  return {
    name: 'dangjian-demo-seed-dump',
    configureServer(server) {
      serving = true;
      // Started with the server: ready, or nearly, by the time a first page asks for it.
      if (makeAtStart) made().catch((error: unknown) => server.config.logger.error(String(error)));
      server.middlewares.use(devPath, (_request, response, next) => {
        made().then((bytes) => {
          response.writeHead(200, {
            'content-type': 'application/gzip',
            'content-length': bytes.length,
            'cache-control': 'no-cache',
          });
          response.end(bytes);
        }, next);
      });
    },
    resolveId: (id) => (id === moduleId ? resolvedId : undefined),
    async load(id) {
      if (id !== resolvedId) return undefined;
      if (serving) return `export default ${JSON.stringify(devPath)};`;
      const reference = this.emitFile({ type: 'asset', name: 'qinglong-seed.tgz', source: await made() });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
