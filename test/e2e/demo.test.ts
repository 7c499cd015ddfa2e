import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';

const repo = resolve(import.meta.dirname, '../..');
const port = 5199;
const artifacts = resolve(repo, 'test/.artifacts');

/** Starts exactly what the README's `npm start` starts, on a port of the test's own. */
async function startDemo(): Promise<ChildProcess> {
  const server = spawn('npm', ['start', '--', '--port', String(port), '--strictPort'], {
    cwd: repo,
    env: { ...process.env, BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error('npm start did not report a URL within 60 s')), 60_000);
    server.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(`:${port}`)) {
        clearTimeout(timer);
        ready();
      }
    });
    server.on('exit', (code) => fail(new Error(`npm start exited with ${code}`)));
  });
  return server;
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
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  });

  it('renders the org tree from the embedded PGlite store, and keeps it across a reload', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'zh-CN' });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://127.0.0.1:${port}/`);

    // Playwright locators pierce open shadow roots: this is the text a person sees in the tree.
    const tree = page.getByRole('tree');
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 90_000 }).toMatch(/已载入 \d+ 个党组织/);
    await expect.poll(() => tree.getByText('青龙街道党工委').count()).toBeGreaterThan(0);
    await expect.poll(() => tree.getByText('青龙苑北区党总支').count()).toBeGreaterThan(0);
    const items = tree.getByRole('treeitem');
    expect(await items.count()).toBeGreaterThan(13);
    expect(await tree.getByText('党工委', { exact: false }).first().isVisible()).toBe(true);

    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: resolve(artifacts, 'demo-portal.png'), fullPage: true });

    // A reload reads the same tenant back from IndexedDB instead of seeding it again.
    await page.reload();
    await expect.poll(() => page.locator('#status').textContent(), { timeout: 90_000 }).toContain('版本 1');
    expect(errors).toEqual([]);
    await page.close();
  });
});
