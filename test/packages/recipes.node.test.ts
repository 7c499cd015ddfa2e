import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'acorn';
import { chromium, type Browser, type Page } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { serveStatic, type StaticServer } from '../docs/support/static-server.js';
import { ensureBuilt, packageDir, repo, type PackageName } from './built-package.js';

/**
 * The recipes of `recipes/` (shown as they are on Storybook's Recipes pages), run the way a
 * portal developer runs them, from the packed tarballs: a page without a bundler and a jQuery page
 * beside the single-file build; Vue 3 and React 19 apps built by Vite with the packages installed
 * from the tarballs. Each is served under a strict Content-Security-Policy and used in Chromium.
 */

const strictCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'none'; object-src 'none'; base-uri 'none'";
const work = mkdtempSync(join(tmpdir(), 'dj-recipes-'));
const artifacts = join(repo, 'test/.artifacts/recipes');
let bundle: string;
let browser: Browser;

/** Packs a package and unpacks the tarball into `dir`, as `npm install <tarball>` puts it in place. */
function installTarball(name: PackageName, dir: string): void {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      cwd: packageDir(name),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  ) as [{ filename: string }];
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', dir, '--strip-components=1']);
}

beforeAll(async () => {
  ensureBuilt('core');
  ensureBuilt('components');
  installTarball('components', join(work, 'package'));
  bundle = join(work, 'package/dist/bundle/dangjian.js');
  mkdirSync(artifacts, { recursive: true });
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A recipe's folder with the tarball's bundle (and any extra file) beside it, served under the CSP. */
async function serveRecipe(name: string, extra: Readonly<Record<string, string>> = {}): Promise<StaticServer> {
  const dir = join(work, name);
  cpSync(join(repo, 'recipes', name), dir, { recursive: true });
  copyFileSync(bundle, join(dir, 'dangjian.js'));
  for (const [file, from] of Object.entries(extra)) copyFileSync(from, join(dir, file));
  return serveStatic(dir, { 'content-security-policy': strictCsp });
}

/** Opens the page, collecting what a developer would see in the console as a problem. */
async function open(url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 960, height: 640 } });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    // The browser's own request for /favicon.ico is no problem of the page.
    if (message.location().url.endsWith('/favicon.ico')) return;
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  await page.goto(url);
  return { page, problems };
}

/** Serves a recipe, opens its page, runs `use`, and wants no problem in the console; then closes both. */
async function visit(served: Promise<StaticServer>, use: (page: Page) => Promise<void>): Promise<void> {
  const site = await served;
  const { page, problems } = await open(`${site.url}/index.html`);
  try {
    await use(page);
    expect(problems).toEqual([]);
  } finally {
    await page.close();
    await site.close();
  }
}

describe('the single-file build in the tarball', () => {
  it('is one ES2019 module with nothing left to fetch and no `process`', () => {
    const code = readFileSync(bundle, 'utf8');
    // acorn at 2019 refuses class fields, `#private`, `?.` and `??`: what webpack 4 cannot read.
    const program = parse(code, { ecmaVersion: 2019, sourceType: 'module' });
    const imports = program.body.filter((node) => node.type === 'ImportDeclaration');
    expect(imports).toEqual([]);
    expect(code).not.toMatch(/\bprocess\.env\b/);
    expect(code).not.toMatch(/\beval\(|new Function\(/);
  });

  it('registers every element of the package', () => {
    const elements = readdirSync(join(packageDir('components'), 'src'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .filter((entry) => readdirSync(join(packageDir('components'), 'src', entry.name)).includes('define.ts'))
      .map((entry) => `dj-${entry.name}`);
    const code = readFileSync(bundle, 'utf8');
    expect(elements.length).toBeGreaterThan(10);
    expect(elements.filter((tag) => !code.includes(`"${tag}"`))).toEqual([]);
  });
});

describe('recipe: a page without a bundler', () => {
  it('shows the tree under a strict CSP and tells which org was chosen', async () => {
    await visit(serveRecipe('plain-html'), async (page) => {
      const branch = page.getByRole('treeitem', { name: /青龙苑第一党支部/ });
      await branch.waitFor();
      await page.getByRole('treeitem', { name: /青龙苑社区党委/ }).click();
      await expect.poll(() => page.locator('#chosen').textContent()).toBe('青龙苑社区党委（含下级 3 个）');
      await page.screenshot({ path: join(artifacts, 'plain-html.png') });
      expect(await branch.isVisible()).toBe(true);
    });
  });
});

describe('recipe: a jQuery page', () => {
  it('sets data with .prop() and hears the selection with .on()', async () => {
    await visit(
      serveRecipe('jquery', {
        'jquery.min.js': join(repo, 'node_modules/jquery/dist/jquery.min.js'),
      }),
      async (page) => {
        const row = page.getByRole('row', { name: /李秀英/ });
        await row.waitFor();
        expect(await page.getByRole('row').count()).toBe(4);
        await row.click();
        await expect.poll(() => page.locator('#chosen').textContent()).toBe('李秀英');
        await page.screenshot({ path: join(artifacts, 'jquery.png') });
      },
    );
  });
});

/** A recipe's app folder, copied afresh, with `@dangjian/core` and `/components` unpacked from their tarballs. */
function freshApp(name: string): string {
  const app = join(artifacts, 'apps', name);
  rmSync(app, { recursive: true, force: true });
  cpSync(join(repo, 'recipes', name), app, { recursive: true });
  for (const pkg of ['core', 'components'] as const) installTarball(pkg, join(app, 'node_modules/@dangjian', pkg));
  return app;
}

/**
 * A framework recipe built by Vite as its app would be: `@dangjian/*` from the tarballs in the
 * app's own node_modules. The app sits in the checkout (test/.artifacts) so its framework, Vite
 * and the packages' dependencies (lit, zod…) resolve from the workspace's node_modules, as from an
 * app's own after `npm install`.
 */
async function buildApp(name: string): Promise<StaticServer> {
  const app = freshApp(name);
  const config = join(app, 'vite.config.js');
  // A production build, as the app ships it: the test runner's NODE_ENV would pick lit's dev build.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({
      root: app,
      mode: 'production',
      configFile: existsSync(config) ? config : false,
      logLevel: 'warn',
      build: { outDir: join(app, 'dist'), emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
  return serveStatic(join(app, 'dist'), { 'content-security-policy': strictCsp });
}

describe('recipe: Vue 3', () => {
  it('binds .orgs and selected both ways (:selected with @dj-org-select) in a Vite build', async () => {
    await visit(buildApp('vue3'), async (page) => {
      const second = page.getByRole('treeitem', { name: /青龙苑第二党支部/ });
      await second.waitFor();
      expect(await second.getAttribute('aria-selected')).toBe('true');
      await page.getByRole('treeitem', { name: /青龙苑社区党委/ }).click();
      await expect.poll(() => page.locator('#chosen').textContent()).toBe('青龙苑社区党委');
      await page.getByRole('button', { name: '选第一党支部' }).click();
      const first = page.getByRole('treeitem', { name: /青龙苑第一党支部/ });
      await expect.poll(() => first.getAttribute('aria-selected')).toBe('true');
      await page.screenshot({ path: join(artifacts, 'vue3.png') });
      expect(await page.locator('#chosen').textContent()).toBe('青龙苑第一党支部');
    });
  });
});

describe('recipe: React 19', () => {
  it('passes orgs as a property and hears ondj-org-select, typed by @dangjian/components/react', async () => {
    await visit(buildApp('react19'), async (page) => {
      const community = page.getByRole('treeitem', { name: /青龙苑社区党委/ });
      await community.waitFor();
      await community.click();
      await expect.poll(() => page.locator('#chosen').textContent()).toBe('青龙苑社区党委');
      await expect.poll(() => community.getAttribute('aria-selected')).toBe('true');
      await page.screenshot({ path: join(artifacts, 'react19.png') });
    });
  });

  it('type-checks against the types the tarballs ship', () => {
    const app = join(artifacts, 'apps', 'react19');
    const tsc = join(repo, 'node_modules/typescript/bin/tsc');
    expect(() => execFileSync(process.execPath, [tsc, '-p', app], { cwd: app, stdio: 'pipe' })).not.toThrow();
  });
});

/**
 * The Vue 2.7 recipe built by webpack 4, as a legacy portal builds it: the app's `vue` is Vue 2.7
 * (the workspace has Vue 3 as `vue`, so the app gets Vue 2.7 under that name in its own
 * node_modules), `@dangjian/*` from the tarballs.
 */
function buildWebpack4App(name: string): Promise<StaticServer> {
  const app = freshApp(name);
  symlinkSync(join(repo, 'node_modules/vue2'), join(app, 'node_modules/vue'), 'dir');
  const runner = join(repo, 'test/packages/support/run-webpack4.cjs');
  execFileSync(process.execPath, ['--openssl-legacy-provider', runner, join(app, 'webpack.config.cjs')], {
    cwd: app,
    stdio: 'pipe',
  });
  copyFileSync(join(app, 'index.html'), join(app, 'dist/index.html'));
  return serveStatic(join(app, 'dist'), { 'content-security-policy': strictCsp });
}

describe('recipe: Vue 2.7 on webpack 4', () => {
  it('builds from the package root (the ES2019 build) and binds domProps and the event', async () => {
    await visit(buildWebpack4App('vue2-webpack4'), async (page) => {
      const second = page.getByRole('treeitem', { name: /青龙苑第二党支部/ });
      await second.waitFor();
      expect(await second.getAttribute('aria-selected')).toBe('true');
      await page.getByRole('treeitem', { name: /青龙苑社区党委/ }).click();
      await expect.poll(() => page.locator('#chosen').textContent()).toBe('青龙苑社区党委');
      await page.screenshot({ path: join(artifacts, 'vue2-webpack4.png') });
    });
  });
});
