import { pgliteMessages } from '@dangjian/adapters/pglite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { policies, startTestServer, type PolicyName } from './support/test-server.js';

/**
 * The README's promise, checked with the policy a portal's server sends as a header: components,
 * core and the memory / IndexedDB stores work under `script-src 'self'`; PGlite needs
 * `'wasm-unsafe-eval'`, and without it the demo says so instead of waiting forever.
 * (`test/components/strict-csp.test.ts` renders each element under `style-src-attr 'none'`.)
 */
const port = 5202;
let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer(port);
  browser = await chromium.launch({ headless: true, ...chromiumLaunchOptions() });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page (own profile) on `path` under `policy`, collecting page errors and the console's CSP reports. */
async function openUnder(policy: PolicyName, path: string) {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  const violations: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy'))
      violations.push(message.text());
  });
  const response = await page.goto(`${server.url}${path}?csp=${policy}`);
  // The policy really is in force: sent as the document's header.
  expect(response?.headers()['content-security-policy']).toBe(policies[policy]);
  return { page, errors, violations, close: () => context.close() };
}

const statusOf = (page: Page) => page.locator('#status').textContent();

describe("the demo on PGlite, served with script-src 'self'", () => {
  it('shows the typed error that names the missing directive, not an endless spinner', async () => {
    const { page, errors, close } = await openUnder('strict', '/demo/index.html');
    const blocked = pgliteMessages.wasmBlocked.templates['zh-CN'];
    await expect.poll(() => statusOf(page), { timeout: 60_000 }).toBe(`打开失败：${blocked}`);
    expect(await page.getByRole('alert').textContent()).toContain("'wasm-unsafe-eval'");
    // The page rethrows it for the console: the typed error, with its code.
    expect(errors).toEqual([pgliteMessages.wasmBlocked.templates.en]);
    await close();
  });

  it("opens and shows the tree once 'wasm-unsafe-eval' is added", async () => {
    const { page, errors, violations, close } = await openUnder('wasm', '/demo/index.html');
    await expect.poll(() => statusOf(page), { timeout: 90_000 }).toMatch(/已载入 \d+ 个党组织、1366 名党员（版本 1）/);
    await expect.poll(() => page.getByRole('tree').getByText('青龙街道党工委').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    await close();
  });
});

describe("components, core and the memory / IndexedDB stores under script-src 'self'", () => {
  it.each(['memory', 'indexeddb'] as const)(
    'render and run a command on the %s store without a violation',
    async (kind) => {
      const { page, errors, violations, close } = await openUnder('strict', '/test/e2e/pages/strict-csp.html');
      await expect.poll(() => statusOf(page), { timeout: 60_000 }).toBe('ready');
      const outcome = await page.evaluate((kind) => window.strictCsp.run(kind), kind);
      expect(outcome).toMatchObject({ store: kind, revisionAfterMove: 2, movedParent: 'street', rosterRows: '301' });
      expect(outcome.treeRows).toBeGreaterThan(3);
      expect(errors).toEqual([]);
      expect(violations).toEqual([]);
      await close();
    },
  );
});
