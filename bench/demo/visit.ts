import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';

/** What the page itself saw on one visit, read from inside it (times are `performance.now()`: ms since navigation). */
export interface VisitProbe {
  /** When the roster first had a member row with a box on screen. */
  readonly firstRows: number;
  /** Members in the roster at that moment (its `aria-rowcount` less the header row). */
  readonly rows: number;
  /** The accessible name of the progress bar, if one was ever on the page. */
  readonly progressName: string | null;
  /** Whether a progress bar was still shown once the rows were there. */
  readonly progressAtRows: boolean;
  /** The demo's own `performance.mark`s (`demo:…`), in order. */
  readonly marks: readonly (readonly [string, number])[];
}

/**
 * Runs in the page before its own scripts: every frame, looks for a progress bar and for the
 * roster's rows inside its shadow root, and notes the moment the first row has a box. Plain
 * JavaScript in a string: a function would be sent as its compiled text, helpers of tsx included.
 */
const probeFirstRows = `(() => {
  const seen = { firstRows: 0, rows: 0, progressName: null, progressAtRows: false };
  window.__djVisit = seen;
  const nameOf = (bar) => {
    const ids = (bar.getAttribute('aria-labelledby') || '').split(/\\s+/).filter(Boolean);
    const labelled = ids.map((id) => (document.getElementById(id)?.textContent || '').trim()).join(' ');
    const label = [...(bar.labels || [])].map((element) => element.textContent.trim()).join(' ');
    return (bar.getAttribute('aria-label') || labelled || label).trim();
  };
  const shownBar = () => {
    const bar = document.querySelector('[role="progressbar"], progress');
    return bar && bar.getClientRects().length > 0 ? bar : null;
  };
  const tick = () => {
    const bar = shownBar();
    if (bar && seen.progressName === null) seen.progressName = nameOf(bar);
    const roster = document.querySelector('dj-member-roster')?.shadowRoot;
    const row = roster?.querySelector('.body [role="row"]');
    if (row && row.getBoundingClientRect().height > 0) {
      seen.firstRows = performance.now();
      seen.rows = Number(roster.querySelector('[role="grid"]')?.getAttribute('aria-rowcount')) - 1;
      seen.progressAtRows = bar !== null;
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

async function measureVisit(page: Page, url: string, errors: readonly string[]): Promise<VisitProbe> {
  await page.goto(url);
  // Polled rarely: the waiting must not take the page's own time.
  await page.waitForFunction(
    () => (window as unknown as { __djVisit?: { firstRows: number } }).__djVisit?.firstRows,
    null,
    {
      timeout: 180_000,
      polling: 250,
    },
  );
  if (errors.length) throw new Error(`the demo failed: ${errors.join('; ')}`);
  return page.evaluate(() => ({
    ...(window as unknown as { __djVisit: Omit<VisitProbe, 'marks'> }).__djVisit,
    marks: performance
      .getEntriesByType('mark')
      .filter((mark) => mark.name.startsWith('demo:'))
      .map((mark) => [mark.name, mark.startTime] as const),
  }));
}

/**
 * A first visit in a new Chromium profile (empty cache, empty IndexedDB), then a second visit
 * to the same address in that profile (cached files, the saved database).
 */
export async function firstAndSecondVisit(url: string): Promise<{ first: VisitProbe; second: VisitProbe }> {
  const profile = mkdtempSync(join(tmpdir(), 'dj-demo-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    ...chromiumLaunchOptions(),
    viewport: { width: 1100, height: 900 },
    locale: 'zh-CN',
  });
  try {
    await context.addInitScript({ content: probeFirstRows });
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const first = await measureVisit(page, url, errors);
    const second = await measureVisit(page, url, errors);
    return { first, second };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
