import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import type { StoreKind } from './pages/durability.js';
import { startTestServer } from './support/test-server.js';

/**
 * Nothing lost: a command that resolved is in the store for the next page, even when the page
 * that ran it is closed at once (no `store.close()`, no later query to flush it along). Each
 * test closes the page right after the command and reads the store back from a fresh page of
 * the same browser profile, so only what reached IndexedDB counts.
 */
const port = 5201;
let server: Awaited<ReturnType<typeof startTestServer>>;
let profile: string;
let context: BrowserContext;

beforeAll(async () => {
  server = await startTestServer(port);
  profile = mkdtempSync(join(tmpdir(), 'dj-durability-'));
  context = await chromium.launchPersistentContext(profile, { headless: true, ...chromiumLaunchOptions() });
  // The dev server transforms the page's modules on first request: do it here, not in a test's time.
  const warm = await context.newPage();
  await warm.goto(`${server.url}/test/e2e/pages/durability.html`);
  await warm.locator('#status', { hasText: 'ready' }).waitFor({ timeout: 120_000 });
  await warm.close();
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** A fresh page with the store `name` open in it; returns the page and the store's revision. */
async function openStore(kind: StoreKind, name: string): Promise<{ page: Page; revision: number }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}/test/e2e/pages/durability.html`);
  await expect.poll(() => page.locator('#status').textContent(), { timeout: 60_000 }).toBe('ready');
  const revision = await page.evaluate(([kind, name]) => window.durability.open(kind, name), [kind, name] as const);
  expect(errors).toEqual([]);
  return { page, revision };
}

const stored = (page: Page) => page.evaluate(() => window.durability.stored());

describe.each<StoreKind>(['pglite', 'indexeddb'])('%s store in Chromium (idb)', (kind) => {
  it('keeps a move that resolved, though the page closed at once', async () => {
    const name = `dj-durable-move-${kind}`;
    const first = await openStore(kind, name);
    expect(first.revision).toBe(1);
    const revision = await first.page.evaluate(() => window.durability.move('c0b0', 'c1'));
    expect(revision).toBe(2);
    await first.page.close();

    const second = await openStore(kind, name);
    expect(second.revision).toBe(2);
    expect((await stored(second.page)).parents['c0b0']).toBe('c1');
    await second.page.close();
  });

  it('keeps a 10,000-member import that resolved, though the page closed at once', async () => {
    const name = `dj-durable-import-${kind}`;
    const first = await openStore(kind, name);
    const revision = await first.page.evaluate(() => window.durability.importMembers(10_000));
    expect(revision).toBe(first.revision + 1);
    await first.page.close();

    const second = await openStore(kind, name);
    expect(second.revision).toBe(revision);
    expect((await stored(second.page)).members).toBe(10_000);
    await second.page.close();
  });
});
