import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';

const repo = resolve(import.meta.dirname, '../..');
const port = 5199;
const artifacts = resolve(repo, 'test/.artifacts');

const answers = (): Promise<boolean> =>
  fetch(`http://127.0.0.1:${port}/`).then(
    (response) => response.ok,
    () => false,
  );

/** Starts exactly what the README's `npm start` starts, on a port of the test's own, and waits until it answers. */
async function startDemo(): Promise<ChildProcess> {
  if (await answers()) throw new Error(`port ${port} is taken by another server: stop it first`);
  const server = spawn('npm', ['start', '--', '--port', String(port), '--strictPort'], {
    cwd: repo,
    env: { ...process.env, BROWSER: 'none' },
    stdio: 'ignore',
    detached: true,
  });
  let exitCode: number | null = null;
  server.on('exit', (code) => (exitCode = code ?? -1));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (exitCode !== null) throw new Error(`npm start exited with ${exitCode}`);
    if (await answers()) return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('npm start did not serve the demo within 90 s');
}

describe('demo portal (npm start)', () => {
  let server: ChildProcess;
  let browser: Browser;

  beforeAll(async () => {
    server = await startDemo();
    browser = await chromium.launch({ headless: true, ...chromiumLaunchOptions() });
  });

  afterAll(async () => {
    await browser?.close();
    // npm and vite run in their own process group: end them together.
    if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  });

  it('renders the org tree from the embedded PGlite store, and keeps it across a reload', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'zh-CN' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${port}/`);

    // Playwright locators pierce open shadow roots: this is the text a person sees in the tree.
    const tree = page.getByRole('tree');
    await expect
      .poll(() => page.locator('#status').textContent(), { timeout: 90_000 })
      .toMatch(/已载入 \d+ 个党组织、1366 名党员/);
    await expect.poll(() => tree.getByText('青龙街道党工委').count()).toBeGreaterThan(0);
    await expect.poll(() => tree.getByText('青龙苑北区党总支').count()).toBeGreaterThan(0);
    const items = tree.getByRole('treeitem');
    expect(await items.count()).toBeGreaterThan(13);
    expect(await tree.getByText('党工委', { exact: false }).first().isVisible()).toBe(true);

    // The roster below lists every member, and the tree's selection filters it (header row + members).
    const grid = page.getByRole('grid');
    await expect.poll(() => grid.getAttribute('aria-rowcount')).toBe('1367');
    await tree.getByText('东风村党总支').click();
    await expect.poll(() => grid.getAttribute('aria-rowcount')).toBe('25');
    // Personal data is masked by default: no whole ID number or phone anywhere on the page.
    const gridText = (await grid.innerText()) ?? '';
    expect(gridText).toMatch(/320402\*{8}\d{3}[\dX]/);
    expect(gridText).not.toMatch(/\d{17}[\dX]/);
    expect(gridText).not.toMatch(/1\d{10}/);

    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: resolve(artifacts, 'demo-portal.png'), fullPage: true });

    // A reload reads the same tenant back from IndexedDB instead of seeding it again.
    await page.reload();
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 90_000 }).toContain('版本 1');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a named progress bar while it opens, then the portal in its place', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'zh-CN' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The street's data is held back until the bar has been looked at: the page is mid-way, whatever the machine's speed.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/*qinglong-seed*', async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(`http://127.0.0.1:${port}/`);

    const bar = page.getByRole('progressbar', { name: '正在打开青龙街道的党建数据' });
    await expect.poll(() => bar.isVisible(), { timeout: 90_000 }).toBe(true);
    // Real progress: the engine's bytes move the bar while the street is still on its way.
    await expect
      .poll(() => bar.evaluate((element) => (element as HTMLProgressElement).value), { timeout: 90_000 })
      .toBeGreaterThan(0);
    expect(await bar.getAttribute('aria-valuetext')).toMatch(/%，已下载 \d+\.\d \/ \d+\.\d MB/);
    expect(await page.locator('#status').textContent()).toBe('正在获取数据库引擎和街道数据…');
    expect(await page.getByRole('grid').count()).toBe(0);

    release();
    const grid = page.getByRole('grid');
    await expect.poll(() => grid.getAttribute('aria-rowcount'), { timeout: 90_000 }).toBe('1367');
    // The roster took the bar's place: no progress bar left in the page's accessibility tree.
    expect(await page.getByRole('progressbar').count()).toBe(0);
    expect(await page.locator('#loading').isHidden()).toBe(true);
    expect(await page.locator('#status').textContent()).toMatch(/已载入 \d+ 个党组织、1366 名党员（版本 1）/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says in an alert why it could not open, and takes the progress bar away', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'zh-CN' });
    await page.route('**/*qinglong-seed*', (route) => route.fulfill({ status: 503, body: '' }));
    await page.goto(`http://127.0.0.1:${port}/`);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 90_000 }).toMatch(/^打开失败：.*HTTP 503/);
    expect(await page.getByRole('progressbar').count()).toBe(0);
    await page.close();
  });

  it('keeps a move made in the tree across a reload', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'zh-CN' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${port}/`);
    const status = page.locator('#status');
    await expect.poll(() => status.textContent(), { timeout: 90_000 }).toContain('版本 1');
    const tree = page.getByRole('tree');
    const rowNamed = (name: string) => tree.getByRole('treeitem').filter({ hasText: name }).first();

    // A reader's move: open 东风村党总支, pick its retained branch up (Ctrl+X), put it under 青龙苑北区党总支 (Ctrl+V).
    await rowNamed('东风村党总支').click();
    await page.keyboard.press('ArrowRight');
    await rowNamed('东风村留守党支部').click();
    await page.keyboard.press('Control+x');
    await rowNamed('青龙苑北区党总支').click();
    await page.keyboard.press('Control+v');
    await expect.poll(() => status.textContent()).toContain('版本 2');

    // Reloaded at once: the move was saved before the tree reported it, so it is still there.
    await page.reload();
    await expect.poll(() => status.textContent(), { timeout: 90_000 }).toContain('版本 2');
    await rowNamed('青龙苑北区党总支').click();
    await page.keyboard.press('ArrowRight');
    const moved = rowNamed('东风村留守党支部');
    await expect.poll(() => moved.getAttribute('aria-level')).toBe('3');
    // Its old parent has no child left to expand: the row shows because it sits under its new one.
    expect(await rowNamed('东风村党总支').getAttribute('aria-expanded')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });
});
