import { createPgliteStore } from '@dangjian/adapters/pglite';
import { PgDriver, PostgresStore, kitTables, type SqlDriver } from '@dangjian/adapters/postgres';
import { PGlite } from '@electric-sql/pglite';
import { seedTenant, type Store } from '@dangjian/core';
import type { Figure } from '../figure.js';
import { generateTenant, type GeneratedTenant } from '../generate.js';
import type { BenchOptions } from '../options.js';
import { formatMs, formatSpread, spread } from '../stats.js';
import { benchDatabase } from './servers.js';

// Importing a street through a store vs what a peer would write against the same table: raw
// COPY on PostgreSQL, one transaction of multi-row INSERTs on PGlite. Both write the same rows
// (checked); ours also validates every record and writes the audit record.

const tenant = '320402';
const audit = { actorId: 'bench', at: '2026-11-23T02:00:00.000Z' };

type Row = [string, string, string, string];

const rowsOf = ({ records }: GeneratedTenant): Row[] => [
  ...records.orgs.map((org): Row => [tenant, 'orgs', org.id, JSON.stringify(org)]),
  ...records.members.map((member): Row => [tenant, 'members', member.id, JSON.stringify(member)]),
];

/** What both leave in the table, to compare: the count and a digest of every row. */
const digestSql = `SELECT count(*)::int AS n, md5(string_agg(collection || '/' || id || '=' || data::text, ',' ORDER BY collection, id)) AS digest FROM dj_entities`;

interface Sql {
  query<T>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

async function digest(sql: Sql): Promise<string> {
  const { rows } = await sql.query<{ n: number; digest: string }>(digestSql);
  return `${rows[0]!.n}:${rows[0]!.digest}`;
}

interface Pair {
  /** The figure's name: which store, against what. */
  readonly name: string;
  readonly label: string;
  readonly baselineLabel: string;
  readonly budget: number;
  reset(): Promise<void>;
  ours(): Promise<unknown>;
  baseline(): Promise<unknown>;
  state(): Promise<string>;
  open(): Promise<void>;
  close(): Promise<void>;
}

async function postgresPair(generated: GeneratedTenant): Promise<Pair> {
  const { pool, drop } = await benchDatabase('', 4);
  const driver: SqlDriver = new PgDriver(pool);
  const store: Store = await PostgresStore.open(driver);
  return {
    name: 'postgres adapter vs raw COPY',
    label: 'postgres adapter: `seedTenant` (validate, COPY to staging, INSERT … SELECT, audit)',
    baselineLabel: 'raw `COPY dj_entities FROM STDIN` of the same rows, one transaction',
    budget: 1.5,
    reset: () => pool.query(`TRUNCATE ${kitTables.join(', ')}`).then(() => undefined),
    ours: () => seedTenant(store, tenant, generated.records, audit),
    baseline: () =>
      driver.transaction((tx) =>
        tx.copyRows!('dj_entities', ['tenant', 'collection', 'id', 'data'], rowsOf(generated)),
      ),
    state: () => digest(pool),
    open: async () => {
      const opened = await PostgresStore.open(new PgDriver(pool));
      await opened.load(tenant);
    },
    close: async () => {
      await store.close();
      await drop();
    },
  };
}

async function pglitePair(generated: GeneratedTenant): Promise<Pair> {
  const db = await PGlite.create();
  const store = await createPgliteStore({ db });
  const perInsert = 1000;
  return {
    name: 'PGlite adapter vs one raw multi-row INSERT transaction',
    label: 'PGlite adapter: `seedTenant` (validate, one INSERT … SELECT unnest(…), audit)',
    baselineLabel: `one raw transaction of multi-row INSERTs (${perInsert} rows each)`,
    budget: 1.5,
    reset: () => db.exec(`TRUNCATE ${kitTables.join(', ')}`).then(() => undefined),
    ours: () => seedTenant(store, tenant, generated.records, audit),
    baseline: () =>
      db.transaction(async (tx) => {
        const rows = rowsOf(generated);
        for (let start = 0; start < rows.length; start += perInsert) {
          const batch = rows.slice(start, start + perInsert);
          const values = batch.map((_, i) => `($${i * 4 + 1}, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4})`);
          await tx.query(
            `INSERT INTO dj_entities (tenant, collection, id, data) VALUES ${values.join(', ')}`,
            batch.flat(),
          );
        }
      }),
    state: () => digest(db),
    open: async () => {
      const opened = await createPgliteStore({ db });
      await opened.load(tenant);
    },
    close: () => db.close(),
  };
}

async function measure(pair: Pair, options: BenchOptions, id: string, n: string): Promise<Figure[]> {
  // Same answer first: both leave the same rows in dj_entities.
  await pair.reset();
  await pair.ours();
  const ours = await pair.state();
  await pair.reset();
  await pair.baseline();
  const baseline = await pair.state();
  if (ours !== baseline)
    throw new Error(`${id}: the store and the baseline wrote different rows (${ours} vs ${baseline})`);
  const withReset = (run: () => Promise<unknown>) => async () => {
    await pair.reset();
    const began = performance.now();
    await run();
    return performance.now() - began;
  };
  // Each write starts from empty tables; the reset is not timed.
  const [oursMs, baselineMs, ratios]: [number[], number[], number[]] = [[], [], []];
  for (let run = 0; run < options.runs; run++) {
    const a = await withReset(pair.ours)();
    const b = await withReset(pair.baseline)();
    oursMs.push(a);
    baselineMs.push(b);
    ratios.push(a / b);
  }
  await pair.reset();
  await pair.ours();
  const opens: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    const began = performance.now();
    await pair.open();
    opens.push(performance.now() - began);
  }
  return [
    {
      id,
      title: `Import of ${n} members: ${pair.name}`,
      unit: 'ours ÷ baseline',
      spread: spread(ratios),
      runs: options.runs,
      budget: { max: pair.budget },
      detail: [
        `| what | time (min / median / max) |`,
        '|---|---|',
        `| ${pair.label} | ${formatSpread(spread(oursMs), formatMs)} |`,
        `| baseline: ${pair.baselineLabel} | ${formatSpread(spread(baselineMs), formatMs)} |`,
        `| open the ${n}-member tenant (\`store.load\`) | ${formatSpread(spread(opens), formatMs)} |`,
      ].join('\n'),
    },
  ];
}

export async function persistenceFigures(options: BenchOptions): Promise<Figure[]> {
  const generated = generateTenant(options.members);
  const n = options.members.toLocaleString('en');
  const figures: Figure[] = [];
  for (const [id, make] of [
    ['persistence.postgres', postgresPair],
    ['persistence.pglite', pglitePair],
  ] as const) {
    const pair = await make(generated);
    try {
      figures.push(...(await measure(pair, options, id, n)));
    } finally {
      await pair.close();
    }
  }
  return figures;
}
