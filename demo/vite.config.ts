import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { seedDumpPlugin } from './seed-dump-plugin.js';

/**
 * The demo portal: a plain HTML page, the way a government portal embeds the kit. Workspace
 * packages resolve to their sources (the `source` export condition), so no build is needed.
 * The street's data comes as a prebuilt PGlite data directory made from the fixture at start.
 */
export default defineConfig({
  plugins: [seedDumpPlugin()],
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
  // PGlite loads its wasm and data files relative to its own module: pre-bundling would break that.
  optimizeDeps: { exclude: ['@electric-sql/pglite'] },
  server: { port: 5173, host: '127.0.0.1' },
  preview: { port: 4173, host: '127.0.0.1' },
  build: { target: 'es2022', outDir: '../dist-demo', emptyOutDir: true },
});
