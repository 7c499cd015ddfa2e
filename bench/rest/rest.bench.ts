import { createPgliteStore } from '@dangjian/adapters/pglite';
import { PgDriver, PostgresStore } from '@dangjian/adapters/postgres';
import { createRestHandler, toNodeListener } from '@dangjian/adapters/rest-handler';
import { seedTenant, type Store } from '@dangjian/core';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Figure } from '../figure.js';
import { generateTenant, type GeneratedTenant } from '../generate.js';
import type { BenchOptions } from '../options.js';
import { benchDatabase } from '../persistence/servers.js';
import { formatMs, formatSpread, spread } from '../stats.js';
import { serveBaseline } from './baseline-server.js';
import { load, type LoadResult } from './load.js';

// REST on loopback, 100 connections: a page of 50 members and a command (add a skill), through
// the kit's handler over PGlite and over PostgreSQL, vs a bare node:http handler returning the
// same JSON. The load loop runs in the same process as the servers (2 cores): it takes the same
// share from ours and from the baseline.

const tenant = '320402';
const now = '2026-11-23T02:00:00.000Z';
const actor = { id: 'bench', roles: ['streetAdmin'], orgId: 'street' };
const connections = 100;

interface Served {
  readonly origin: string;
  close(): Promise<void>;
}

async function serveKit(store: Store): Promise<Served> {
  const handler = createRestHandler(store, { authenticate: () => ({ tenant, actor }), clock: { now: () => now } });
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const pagePath = `/tenants/${tenant}/members?limit=50`;
const commandPath = `/tenants/${tenant}/commands`;

/** The i-th command: a new skill for a member, spread over the first 1,000 (an intent: no conflicts). */
const commandBody = (generated: GeneratedTenant, offset: number) => (i: number) =>
  JSON.stringify({
    type: 'member.addSkill',
    input: {
      memberId: generated.records.members[(offset + i) % Math.min(1000, generated.records.members.length)]!.id,
      skill: `s${offset + i}`,
    },
  });

async function get(origin: string): Promise<string> {
  const response = await fetch(origin + pagePath);
  if (response.status !== 200) throw new Error(`page: HTTP ${response.status}`);
  return response.text();
}

async function post(origin: string, body: string): Promise<Record<string, unknown>> {
  const response = await fetch(origin + commandPath, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  if (response.status !== 200) throw new Error(`command: HTTP ${response.status}: ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

interface StoreUnderTest {
  readonly name: string;
  readonly store: Store;
  close(): Promise<void>;
}

async function pgliteStore(generated: GeneratedTenant): Promise<StoreUnderTest> {
  const store = await createPgliteStore();
  await seedTenant(store, tenant, generated.records, { actorId: 'seed', at: now });
  return { name: 'PGlite', store, close: () => store.close() };
}

async function postgresStore(generated: GeneratedTenant): Promise<StoreUnderTest> {
  const { pool, drop } = await benchDatabase('rest_', 10);
  const store = await PostgresStore.open(new PgDriver(pool));
  await seedTenant(store, tenant, generated.records, { actorId: 'seed', at: now });
  return {
    name: 'PostgreSQL',
    store,
    close: async () => {
      await store.close();
      await drop();
    },
  };
}

/** JSON with keys sorted: jsonb gives keys back in its own order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

const describeLoad = (results: readonly LoadResult[]): string =>
  `${formatSpread(spread(results.map((r) => r.perSecond)), (n) => n.toFixed(0))} req/s, p99 ${formatSpread(spread(results.map((r) => r.p99)), formatMs)}`;

export async function restFigures(options: BenchOptions): Promise<Figure[]> {
  const generated = generateTenant(options.members);
  const seconds = options.quick ? 0.5 : options.restSeconds;
  const figures: Figure[] = [];
  let offset = 0;
  for (const open of [pgliteStore, postgresStore]) {
    const under = await open(generated);
    const kit = await serveKit(under.store);
    try {
      // Same answers: the page is the baseline's JSON byte for byte; a command answers in the same shape.
      const page = await get(kit.origin);
      const baseline = await serveBaseline(JSON.parse(page), generated.records.members, now);
      try {
        if ((await get(baseline.origin)) !== page) throw new Error('REST page: the kit and the baseline differ');
        const body = commandBody(generated, 1_000_000)(0);
        const [ours, theirs] = [await post(kit.origin, body), await post(baseline.origin, body)];
        const shape = (answer: Record<string, unknown>) =>
          JSON.stringify(Object.keys(answer)) + canonical(answer['result']);
        if (shape(ours) !== shape(theirs))
          throw new Error(`REST command: the kit and the baseline differ:\n${shape(ours)}\n${shape(theirs)}`);
        for (const [what, method] of [
          ['page of 50 members', 'GET'],
          ['command (member.addSkill)', 'POST'],
        ] as const) {
          const path = method === 'GET' ? pagePath : commandPath;
          const [oursRuns, baselineRuns, ratios]: [LoadResult[], LoadResult[], number[]] = [[], [], []];
          for (let run = 0; run < options.runs; run++) {
            const spec = (origin: string) => ({
              url: origin + path,
              method,
              connections,
              seconds,
              ...(method === 'POST' && { body: commandBody(generated, (offset += 100_000)) }),
            });
            const a = await load(spec(kit.origin));
            const b = await load(spec(baseline.origin));
            if (a.errors > 0 || b.errors > 0)
              throw new Error(`REST ${what}: ${a.errors} errors (kit), ${b.errors} (baseline)`);
            oursRuns.push(a);
            baselineRuns.push(b);
            ratios.push(a.perSecond / b.perSecond);
          }
          figures.push({
            id: `rest.${under.name.toLowerCase()}.${method === 'GET' ? 'page' : 'command'}`,
            title: `REST ${what} over ${under.name}, ${connections} connections × ${seconds} s`,
            unit: 'throughput ours ÷ bare node:http',
            spread: spread(ratios),
            runs: options.runs,
            budget: { min: 0.3 },
            detail: [
              `| server | throughput (min / median / max), p99 |`,
              '|---|---|',
              `| kit handler over ${under.name} | ${describeLoad(oursRuns)} |`,
              `| bare node:http, same JSON from memory | ${describeLoad(baselineRuns)} |`,
            ].join('\n'),
          });
        }
      } finally {
        await baseline.close();
      }
    } finally {
      await kit.close();
      await under.close();
    }
  }
  return figures;
}
