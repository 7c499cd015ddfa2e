import { resolve } from 'node:path';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { seedDumpPlugin } from '../../../demo/seed-dump-plugin.js';

export const repo = resolve(import.meta.dirname, '../../..');

/** The policies the e2e pages are served under, chosen by the page's `?csp=` query. */
export const policies = {
  /** What the README promises components, core and the memory / IndexedDB stores work under. */
  strict: "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'; style-src-attr 'none'",
  /** The one addition PGlite needs: compiling its WebAssembly. */
  wasm: "default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; style-src-attr 'none'",
} as const;

export type PolicyName = keyof typeof policies;

/**
 * Sends the page's Content-Security-Policy as a response header, the way a portal's web server
 * does. Only the document's policy governs a page, so the header goes on HTML responses only.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'dj-test-csp',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://localhost');
        const policy = url.searchParams.get('csp') as PolicyName | null;
        if (policy && policy in policies) res.setHeader('Content-Security-Policy', policies[policy]);
        next();
      });
    },
  };
}

/**
 * A Vite dev server over the whole repository on loopback: `/demo/` is the demo portal,
 * `/test/e2e/pages/` the e2e pages. Workspace packages resolve to their sources, as in the demo.
 * Dependencies are served as they are (no discovery): a late pre-bundle would reload the page
 * in the middle of a test.
 */
export async function startTestServer(port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const server: ViteDevServer = await createServer({
    configFile: false,
    root: repo,
    logLevel: 'error',
    // The demo's street comes as a prebuilt data directory, as under `npm start`.
    plugins: [contentSecurityPolicy(), seedDumpPlugin({ makeAtStart: false })],
    resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { port, strictPort: true, host: '127.0.0.1', hmr: false, watch: null },
  });
  await server.listen();
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}
