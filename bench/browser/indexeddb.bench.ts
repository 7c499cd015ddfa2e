import type { Page } from 'playwright-core';
import type { Figure } from '../figure.js';
import type { BenchOptions } from '../options.js';
import { formatMs, formatSpread, spread } from '../stats.js';
import { openBenchPages, type BenchPages } from './chromium-pages.js';

const djIndexedDb = (page: Page) => ({
  prepare: (members: number) => page.evaluate((n) => window.djIndexedDb!.prepare(n), members),
  reset: () => page.evaluate(() => window.djIndexedDb!.reset()),
  ours: () => page.evaluate(() => window.djIndexedDb!.ours()),
  baseline: () => page.evaluate(() => window.djIndexedDb!.baseline()),
  openOurs: () => page.evaluate(() => window.djIndexedDb!.openOurs()),
  openBaseline: () => page.evaluate(() => window.djIndexedDb!.openBaseline()),
  compare: () => page.evaluate(() => window.djIndexedDb!.compare()),
});

/** Both write the same rows (read back and compared); a difference stops the bench. */
async function checkSameRows(idb: ReturnType<typeof djIndexedDb>): Promise<void> {
  await idb.reset();
  await idb.ours();
  await idb.baseline();
  const { ours, baseline, equal } = await idb.compare();
  if (!equal) throw new Error(`indexeddb: the store and the raw puts wrote different rows (${ours} vs ${baseline})`);
}

interface Samples {
  readonly ours: number[];
  readonly baseline: number[];
  readonly ratios: number[];
}

/** Runs both, ours first on even runs and second on odd ones, so neither always runs on a warmer page. */
async function alternately(run: number, ours: () => Promise<number>, baseline: () => Promise<number>) {
  if (run % 2 === 0) return [await ours(), await baseline()] as const;
  const b = await baseline();
  return [await ours(), b] as const;
}

function push(samples: Samples, [ours, baseline]: readonly [number, number]): void {
  samples.ours.push(ours);
  samples.baseline.push(baseline);
  samples.ratios.push(ours / baseline);
}

/** Imports `runs` times each from empty databases (times from the page). */
async function importRuns(idb: ReturnType<typeof djIndexedDb>, runs: number): Promise<Samples> {
  const samples: Samples = { ours: [], baseline: [], ratios: [] };
  const fresh = (run: () => Promise<number>) => async () => {
    await idb.reset();
    return run();
  };
  for (let run = 0; run < runs; run++) push(samples, await alternately(run, fresh(idb.ours), fresh(idb.baseline)));
  return samples;
}

/** Opens the tenant both wrote, in a new page each run (nothing of it cached in the page). */
async function openRuns(pages: BenchPages, runs: number): Promise<Samples> {
  const samples: Samples = { ours: [], baseline: [], ratios: [] };
  for (let run = 0; run < runs; run++) {
    const page = await pages.open('indexeddb');
    const idb = djIndexedDb(page);
    push(samples, await alternately(run, idb.openOurs, idb.openBaseline));
    await page.close();
  }
  return samples;
}

export async function indexedDbFigures(options: BenchOptions): Promise<Figure[]> {
  const pages = await openBenchPages();
  try {
    const page = await pages.open('indexeddb');
    const idb = djIndexedDb(page);
    await idb.prepare(options.members);
    await checkSameRows(idb);
    // The check was also each one's untimed first import.
    if (options.quick) return [];
    const imports = await importRuns(idb, options.runs);
    await idb.reset();
    await idb.ours();
    await idb.baseline();
    await page.close();
    const opens = await openRuns(pages, options.runs);
    return figures(options, imports, opens);
  } finally {
    await pages.close();
  }
}

function figures(options: BenchOptions, imports: Samples, opens: Samples): Figure[] {
  const n = options.members.toLocaleString('en');
  const row = (what: string, ms: number[]) => `| ${what} | ${formatSpread(spread(ms), formatMs)} |`;
  const head = ['| what (Chromium, timed in the page) | time (min / median / max) |', '|---|---|'];
  return [
    {
      id: 'indexeddb.import',
      title: `Import of ${n} members: IndexedDB adapter vs one raw transaction of puts (Chromium)`,
      unit: 'ours ÷ baseline',
      spread: spread(imports.ratios),
      runs: options.runs,
      budget: { max: 1.3 },
      detail: [
        ...head,
        row('IndexedDB adapter: `seedTenant` (validate, one readwrite transaction, audit record)', imports.ours),
        row(
          'baseline: one raw readwrite transaction of `put`s of the same rows into a plain object store',
          imports.baseline,
        ),
        '',
        'Both transactions ask for `durability: "strict"` (the kit acknowledges a commit once on disk). Each import starts from deleted databases; the rows both leave are read back and compared before timing.',
      ].join('\n'),
    },
    {
      id: 'open.indexeddb',
      title: `Open the ${n}-member tenant: IndexedDB adapter vs one raw getAll (Chromium)`,
      unit: 'ours ÷ baseline',
      spread: spread(opens.ratios),
      runs: options.runs,
      detail: [
        ...head,
        row('IndexedDB adapter: `IndexedDbStore.open` + `store.load(tenant)`, a new page each run', opens.ours),
        row('baseline: open the plain database + one `getAll` of its rows, same page', opens.baseline),
      ].join('\n'),
    },
  ];
}
