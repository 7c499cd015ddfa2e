import type { Page } from 'playwright-core';
import type { Figure } from '../figure.js';
import type { BenchOptions } from '../options.js';
import { formatMs, formatSpread, spread } from '../stats.js';
import { openBenchPages, type BenchPages } from './chromium-pages.js';
import type { BenchElement, FirstRows } from './pages/components-page.js';

// Figure 6: first rows painted at scale vs at 100, and frame gaps while scrolling, in Chromium.
// Cold: every measurement opens a new page (its own JavaScript heap, nothing compiled or cached).

/** Rows scrolled per frame: about 1.5 screens of the roster, so every frame brings new rows (a fast fling). */
const step = 16;
const [scrolled, thenScrolled] = [10_000, 40_000];
const [small, treeOrgs] = [100, 5_000];

const components = (page: Page) => ({
  prepare: (element: BenchElement, size: number) =>
    page.evaluate(([e, n]) => window.djComponents!.prepare(e, n), [element, size] as const),
  mount: () => page.evaluate(() => window.djComponents!.mount()),
  scroll: (rows: number) => page.evaluate(([r, s]) => window.djComponents!.scroll(r, s), [rows, step] as const),
  shown: () => page.evaluate(() => window.djComponents!.shown()),
});

/** The value below which `p` of the samples lie (nearest rank). */
function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

interface Mounted {
  readonly first: FirstRows;
  readonly setupMs: number;
  readonly members: number;
  readonly orgs: number;
  /** p95 frame gap over the first 10k rows scrolled, then over the 10k after 40k (roster at scale only). */
  readonly scroll?: { readonly first: number; readonly after: number; readonly frames: number };
}

/** One cold measurement: a new page, the element mounted, optionally scrolled; the page closed. */
async function coldRun(pages: BenchPages, element: BenchElement, size: number, scroll: boolean): Promise<Mounted> {
  const page = await pages.open('components');
  try {
    const c = components(page);
    const prepared = await c.prepare(element, size);
    const first = await c.mount();
    if (!scroll) return { first, ...prepared };
    const firstGaps = await c.scroll(scrolled);
    await c.scroll(thenScrolled - scrolled);
    const afterGaps = await c.scroll(scrolled);
    return {
      first,
      ...prepared,
      scroll: { first: percentile(firstGaps, 0.95), after: percentile(afterGaps, 0.95), frames: firstGaps.length },
    };
  } finally {
    await page.close();
  }
}

/** --quick: each element shows what it was given (every member a row; the street at the top of the tree). */
async function checkShown(pages: BenchPages, options: BenchOptions): Promise<void> {
  for (const [element, size] of [
    ['roster', options.members],
    ['tree', small],
  ] as const) {
    const page = await pages.open('components');
    const c = components(page);
    const prepared = await c.prepare(element, size);
    await c.mount();
    const shown = await c.shown();
    await c.scroll(Math.min(500, size));
    await page.close();
    const expected = element === 'roster' ? String(prepared.members + 1) : undefined;
    if ((expected && shown.rowCount !== expected) || (element === 'tree' && shown.firstRow !== 'street'))
      throw new Error(`components: <${element}> showed ${JSON.stringify(shown)} for ${JSON.stringify(prepared)}`);
  }
}

interface Pair {
  readonly small: Mounted[];
  readonly large: Mounted[];
}

/** Small and large alternately, one cold page each, `runs` times. */
async function pairRuns(pages: BenchPages, element: BenchElement, large: number, runs: number): Promise<Pair> {
  const pair: Pair = { small: [], large: [] };
  const scroll = element === 'roster';
  for (let run = 0; run < runs; run++) {
    if (run % 2 === 0) {
      pair.small.push(await coldRun(pages, element, small, false));
      pair.large.push(await coldRun(pages, element, large, scroll));
    } else {
      pair.large.push(await coldRun(pages, element, large, scroll));
      pair.small.push(await coldRun(pages, element, small, false));
    }
  }
  return pair;
}

export async function componentsFigures(options: BenchOptions): Promise<Figure[]> {
  const pages = await openBenchPages();
  try {
    if (options.quick) {
      await checkShown(pages, options);
      return [];
    }
    const roster = await pairRuns(pages, 'roster', options.members, options.runs);
    const tree = await pairRuns(pages, 'tree', treeOrgs, options.runs);
    return [...rosterFigures(roster, options), treeFigure(tree, options)];
  } finally {
    await pages.close();
  }
}

const ratiosOf = ({ small, large }: Pair): number[] => large.map((l, i) => l.first.ms / small[i]!.first.ms);
const longest = (runs: readonly Mounted[]): number[] => runs.map((run) => Math.max(0, ...run.first.longTasks));

function firstRowsDetail({ small, large }: Pair, what: (m: Mounted) => string): string {
  const row = (label: string, ms: number[]) => `| ${label} | ${formatSpread(spread(ms), formatMs)} |`;
  return [
    '| what (Chromium, timed in the page, a new page each run) | time (min / median / max) |',
    '|---|---|',
    row(
      `first row painted, ${what(large[0]!)}`,
      large.map((m) => m.first.ms),
    ),
    row(`  its longest task`, longest(large)),
    row(
      `first row painted, ${what(small[0]!)}`,
      small.map((m) => m.first.ms),
    ),
    row(
      `seed a memory store and open the workspace, ${what(large[0]!)} (before; not in the figure)`,
      large.map((m) => m.setupMs),
    ),
  ].join('\n');
}

function rosterFigures(pair: Pair, options: BenchOptions): Figure[] {
  const n = options.members.toLocaleString('en');
  const members = (m: Mounted) => `${m.members.toLocaleString('en')} members`;
  const scrolls = pair.large.map((m) => m.scroll!);
  const frames = `${step} rows a frame (${scrolls[0]!.frames} frames per 10,000 rows), \`scrollTop\` set in each requestAnimationFrame; a frame's time is the gap between consecutive frame timestamps (the page clock is coarsened to 0.1 ms: an on-time 60 Hz frame reads 16.6–16.8 ms)`;
  return [
    {
      id: 'components.roster.firstRows',
      title: `\`<dj-member-roster>\`: first rows painted with ${n} members vs with ${small}`,
      unit: 'ours ÷ 100 members',
      spread: spread(ratiosOf(pair)),
      runs: options.runs,
      budget: { max: 2 },
      detail: `${firstRowsDetail(pair, members)}\n\nFrom connecting \`<dj-provider><dj-member-roster>\` (workspace open, store seeded) to the frame after the first row appeared (a MutationObserver on the shadow root, then requestAnimationFrame and a message: handled after that frame's paint).`,
    },
    {
      id: 'components.roster.scroll',
      title: `\`<dj-member-roster>\` with ${n} members: p95 frame time scrolling 10,000 rows`,
      unit: 'ms (p95 frame)',
      spread: spread(scrolls.map((s) => s.first)),
      runs: options.runs,
      budget: { max: 16.7 },
      detail: `The first 10,000 rows after the first paint, ${frames}.`,
    },
    {
      id: 'components.roster.scrollAfter40k',
      title: `\`<dj-member-roster>\` with ${n} members: p95 frame time scrolling 10,000 rows after 40,000 scrolled`,
      unit: 'ms (p95 frame)',
      spread: spread(scrolls.map((s) => s.after)),
      runs: options.runs,
      budget: { max: 16.7 },
      detail: `The same page scrolled on to 40,000 rows, then 10,000 more measured; ${frames}.`,
    },
  ];
}

function treeFigure(pair: Pair, options: BenchOptions): Figure {
  const orgs = (m: Mounted) => `${m.orgs.toLocaleString('en')} orgs, ${m.members.toLocaleString('en')} members`;
  return {
    id: 'components.tree.firstRows',
    title: `\`<dj-org-tree>\`: first rows painted with ${treeOrgs.toLocaleString('en')} orgs vs with ${small}`,
    unit: 'ours ÷ 100 orgs',
    spread: spread(ratiosOf(pair)),
    runs: options.runs,
    budget: { max: 2 },
    detail: `${firstRowsDetail(pair, orgs)}\n\nThe first orgs of the generated 100k street (parents before children) with the members they hold, counts shown, two levels open (\`expand-depth\` 2), \`--dj-org-tree-max-height: 32rem\`.`,
  };
}
