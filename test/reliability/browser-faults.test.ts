import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { freePort } from '../../scripts/postgres.js';
import type { StoreKind } from '../e2e/pages/faults.js';
import { startTestServer } from '../e2e/support/test-server.js';
import { recordFigure } from './support/figures.js';
import { sized } from './support/scale.js';

// Browser faults in real Chromium (Debian's, headless, one profile on disk), the page served on
// loopback: an IndexedDB transaction aborted in the middle of a commit, and the page closed while
// a 10,000-member import is being committed. Every store is then read from a fresh page of the
// same profile: a partial state is any member count but "none" or "the whole import", or an
// audit log that does not verify.

const importSize = 10_000;
const closes = sized(6, 3, 'DJ_PAGE_CLOSES');
let server: Awaited<ReturnType<typeof startTestServer>>;
let profile: string;
let context: BrowserContext;
const mustBeZero = [
  'idbPartialStates',
  'idbUntypedErrors',
  'idbAuditFindings',
  'closePartialStates',
  'closeAuditFindings',
];
const tally: Record<string, number> = Object.fromEntries(mustBeZero.map((name) => [name, 0]));
const add = (name: string, n = 1) => (tally[name] = (tally[name] ?? 0) + n);

beforeAll(async () => {
  server = await startTestServer(await freePort());
  profile = mkdtempSync(join(tmpdir(), 'dj-faults-'));
  context = await chromium.launchPersistentContext(profile, { headless: true, ...chromiumLaunchOptions() });
  // The dev server transforms the page's modules on first request: do it here, not in a test's time.
  const warm = await context.newPage();
  await warm.goto(`${server.url}/test/e2e/pages/faults.html`);
  await warm.locator('#status', { hasText: 'ready' }).waitFor({ timeout: 120_000 });
  await warm.close();
});

afterAll(async () => {
  recordFigure('browser-faults', {
    title: 'Faults in the browser',
    setup: `Chromium (headless, Debian's) on loopback: an IndexedDB commit of a 20-member import aborted after each of its writes in turn; the page closed at ${closes} spread-out moments while a ${importSize.toLocaleString('en')}-member import was being committed, for the IndexedDB and the PGlite (idb://) store`,
    counts: tally,
    mustBeZero,
  });
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function openStore(kind: StoreKind, name: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/test/e2e/pages/faults.html`);
  await expect.poll(() => page.locator('#status').textContent(), { timeout: 60_000 }).toBe('ready');
  await page.evaluate(([kind, name]) => window.faults.open(kind, name), [kind, name] as const);
  return page;
}

const stored = (page: Page) => page.evaluate(() => window.faults.stored());

describe('IndexedDB transaction aborted inside the commit', () => {
  it('writes nothing, answers with a typed error, and the next command lands', async () => {
    const page = await openStore('indexeddb', 'dj-faults-abort');
    // 20 members: 20 entity puts, the audit record and the tenant row.
    const writes = 22;
    for (let after = 1; after <= writes; after++) {
      const before = await stored(page);
      const outcome = await page.evaluate((after) => window.faults.abortedImport(20, after), after);
      const now = await stored(page);
      add('idbAborts');
      if (outcome.ok) add('idbNotAborted');
      else if (!outcome.typed) add('idbUntypedErrors');
      else if (outcome.error === 'store.aborted') add('idbTypedStoreAborted');
      if (now.revision !== before.revision || now.members !== before.members) add('idbPartialStates');
      add('idbAuditFindings', now.auditFindings);
    }
    // The workspace carries on after all those aborts.
    const revision = await page.evaluate(() => window.faults.importMembers(20, 20_000));
    expect(revision).toBe(2);
    expect(tally['idbNotAborted'] ?? 0).toBe(0);
    expect(tally['idbTypedStoreAborted']).toBe(writes);
    expect({
      partial: tally['idbPartialStates'],
      untyped: tally['idbUntypedErrors'],
      audit: tally['idbAuditFindings'],
    }).toEqual({
      partial: 0,
      untyped: 0,
      audit: 0,
    });
    await page.close();
  });
});

describe.each<StoreKind>(['indexeddb', 'pglite'])('%s: page closed mid-import', (kind) => {
  it(`keeps the whole ${importSize.toLocaleString('en')}-member import or none of it`, async () => {
    // How long a commit of this size takes here, so the closes spread over it.
    const timing = await openStore(kind, `dj-faults-timing-${kind}`);
    const start = performance.now();
    await timing.evaluate((count) => window.faults.importMembers(count, 0), importSize);
    const duration = performance.now() - start;
    await timing.close();

    for (let n = 0; n < closes; n++) {
      const name = `dj-faults-close-${kind}-${n}`;
      const first = await openStore(kind, name);
      await first.evaluate((count) => window.faults.startImport(count, 0), importSize);
      // From "at once" to "well after it should have committed": both outcomes get their turn.
      await new Promise((resolve) => setTimeout(resolve, (duration * 1.5 * n) / Math.max(1, closes - 1)));
      await first.close();

      const second = await openStore(kind, name);
      const after = await stored(second);
      await second.close();
      add(`${kind}Closes`);
      const whole = after.members === importSize && after.revision === 2;
      const none = after.members === 0 && after.revision === 1;
      add(whole ? `${kind}KeptWholeImport` : none ? `${kind}KeptNothing` : 'closePartialStates');
      add('closeAuditFindings', after.auditFindings);
    }
    expect(tally['closePartialStates']).toBe(0);
    expect(tally['closeAuditFindings']).toBe(0);
  });
});
