import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { serveStatic, type StaticServer } from '../../test/docs/support/static-server.js';

/** The bench pages, each one module in bench/browser/pages/ exposing its functions on `window`. */
export type BenchPageName = 'indexeddb' | 'components';

export interface BenchPages {
  /** A new page (a fresh JavaScript heap: nothing warmed by an earlier run) with `name` loaded. */
  open(name: BenchPageName): Promise<Page>;
  close(): Promise<void>;
}

/**
 * A production build of the bench pages, as a portal ships its pages (minified, lit's production
 * build); the dev server would time Vite's on-demand transforms instead of the kit.
 */
async function buildPages(outDir: string, minify: boolean): Promise<void> {
  const pagesDir = fileURLToPath(new URL('./pages/', import.meta.url));
  const names: readonly BenchPageName[] = ['indexeddb', 'components'];
  await build({
    configFile: false,
    root: pagesDir,
    logLevel: 'warn',
    mode: 'production',
    resolve: { conditions: ['source', 'module', 'browser', 'production'] },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify,
      rollupOptions: {
        input: Object.fromEntries(names.map((name) => [name, join(pagesDir, `${name}-page.ts`)])),
        output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  });
  for (const name of names)
    writeFileSync(
      join(outDir, `${name}.html`),
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${name}</title></head>` +
        `<body><script type="module" src="/${name}.js"></script></body></html>`,
    );
}

/**
 * Builds the pages, serves them on a loopback port and launches Debian's Chromium (browsers
 * cannot be downloaded here; `chromiumPath` says what to install when it is missing).
 * `minify: false` keeps the kit's function names readable in a profile.
 */
export async function openBenchPages({ minify = true } = {}): Promise<BenchPages> {
  const launchOptions = chromiumLaunchOptions();
  // Inside the repository, so the pages resolve the workspace packages (bench/.out is git-ignored).
  const out = fileURLToPath(new URL('../.out/', import.meta.url));
  mkdirSync(out, { recursive: true });
  const dir = mkdtempSync(join(out, 'browser-'));
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    await buildPages(dir, minify);
    server = await serveStatic(dir);
    browser = await chromium.launch(launchOptions);
  } catch (error) {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const [site, launched] = [server, browser];
  const context = await launched.newContext({ viewport: { width: 1280, height: 800 } });
  return {
    open: async (name) => {
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`bench page ${name}: ${error.message}`));
      await page.goto(`${site.url}/${name}.html`);
      await page.waitForFunction(() => window.djBenchReady === true);
      return page;
    },
    close: async () => {
      await launched.close();
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

declare global {
  interface Window {
    /** Set by a bench page once its functions are on `window`. */
    djBenchReady?: boolean;
  }
}
