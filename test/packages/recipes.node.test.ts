import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'acorn';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { serveStatic, type StaticServer } from '../docs/support/static-server.js';
import { ensureBuilt, packageDir, repo } from './built-package.js';

/**
 * The recipes of `recipes/` (shown as they are on Storybook's Recipes pages), run the way a
 * portal developer runs them: the page's files beside the single-file build taken from the packed
 * `@dangjian/components` tarball, served under a strict Content-Security-Policy, in Chromium.
 */

const strictCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'none'; object-src 'none'; base-uri 'none'";
const work = mkdtempSync(join(tmpdir(), 'dj-recipes-'));
const artifacts = join(repo, 'test/.artifacts/recipes');
let bundle: string;
let browser: Browser;

beforeAll(async () => {
  ensureBuilt('core');
  ensureBuilt('components');
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      cwd: packageDir('components'),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  ) as [{ filename: string }];
  execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', work]);
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
    const site = await serveRecipe('plain-html');
    const { page, problems } = await open(`${site.url}/index.html`);
    try {
      const branch = page.getByRole('treeitem', { name: /青龙苑第一党支部/ });
      await branch.waitFor();
      await page.getByRole('treeitem', { name: /青龙苑社区党委/ }).click();
      await expect.poll(() => page.locator('#chosen').textContent()).toBe('青龙苑社区党委（含下级 3 个）');
      await page.screenshot({ path: join(artifacts, 'plain-html.png') });
      expect(await branch.isVisible()).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await site.close();
    }
  });
});

describe('recipe: a jQuery page', () => {
  it('sets data with .prop() and hears the selection with .on()', async () => {
    const site = await serveRecipe('jquery', {
      'jquery.min.js': join(repo, 'node_modules/jquery/dist/jquery.min.js'),
    });
    const { page, problems } = await open(`${site.url}/index.html`);
    try {
      const row = page.getByRole('row', { name: /李秀英/ });
      await row.waitFor();
      expect(await page.getByRole('row').count()).toBe(4);
      await row.click();
      await expect.poll(() => page.locator('#chosen').textContent()).toBe('李秀英');
      await page.screenshot({ path: join(artifacts, 'jquery.png') });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await site.close();
    }
  });
});
