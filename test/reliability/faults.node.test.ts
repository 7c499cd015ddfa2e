import { PgDriver, PostgresStore, createPostgresStore } from '@dangjian/adapters/postgres';
import {
  SimulatedClock,
  Workspace,
  canonicalJson,
  importMembers,
  seedTenant,
  verifyAudit,
  type Store,
} from '@dangjian/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTenant } from '../../bench/generate.js';
import { createTestDatabase, testPool, type TestDatabase } from '../adapters/targets/postgres.js';
import { credentials, serveOnLoopback } from '../adapters/targets/rest-server.js';
import { faultyDriver, type Fault, type FaultyDriver } from './support/faulty-driver.js';
import { recordFigure } from './support/figures.js';
import { sized } from './support/scale.js';
import { replayDifferences } from './support/replay.js';

// Faults on a real PostgreSQL server, each struck where it hurts: a backend killed after every
// statement of a commit in turn, an exception after every statement in turn, and requests whose
// client goes away at spread-out moments. A partial state is a store whose entities or audit log
// differ from both "before" and "the whole command", or whose state is not the replay of its log.

const tenant = '320402';
const street = generateTenant(400);
const clock = new SimulatedClock('2026-11-30T08:00:00.000Z');
const actor = { id: 'faults', roles: ['districtAdmin'] };
const abortedRequests = sized(60, 20, 'DJ_FAULT_ABORTS');

interface Observed {
  readonly state: string;
  readonly audit: string;
  readonly revision: number;
}

async function observe(store: Store): Promise<Observed> {
  const state = await store.load(tenant);
  const audit = await store.readAudit(tenant);
  return { state: canonicalJson(state.records), audit: canonicalJson(audit), revision: state.revision };
}

/** What the store holds once it stops changing (read until three reads in a row agree; at most ~3 s). */
async function settled(store: Store): Promise<Observed> {
  let last = await observe(store);
  for (let same = 0, polls = 0; same < 2 && polls < 100; polls++) {
    await new Promise((resolve) => setTimeout(resolve, 30));
    const now = await observe(store);
    same = now.revision === last.revision ? same + 1 : 0;
    last = now;
  }
  return last;
}

/** Audit findings plus entities that differ from the replay of the log: 0 for a whole state. */
async function damage(store: Store): Promise<number> {
  const state = await store.load(tenant);
  const audit = await store.readAudit(tenant);
  return verifyAudit(audit, { revision: state.revision }).length + replayDifferences(state, audit);
}

describe('faults on PostgreSQL: nothing partial', () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let witness: Store;
  const mustBeZero = [
    'killPartialStates',
    'killAuditFindings',
    'throwPartialStates',
    'throwAuditFindings',
    'abortPartialStates',
    'abortAuditFindings',
  ];
  const tally: Record<string, number> = Object.fromEntries(mustBeZero.map((name) => [name, 0]));
  const add = (name: string, n = 1) => (tally[name] = (tally[name] ?? 0) + n);

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = testPool({ connectionString: database.url, max: 4 });
    // A store of its own reads what is on the server, not what a faulty one believes.
    witness = await createPostgresStore({ pool });
    await seedTenant(witness, tenant, { orgs: street.records.orgs }, { actorId: 'seed', at: clock.now() });
  });
  afterAll(async () => {
    recordFigure('faults', {
      title: 'Faults',
      setup:
        'PostgreSQL 15 on loopback: a 20-member import struck after each statement of its commit by pg_terminate_backend and by an exception; REST commands whose client aborts at spread-out moments; browser faults are in browser-faults',
      counts: tally,
      mustBeZero,
    });
    await witness?.close();
    await pool?.end();
    await database?.drop();
  });

  /** A store over its own one-connection pool, with the fault driver in front. */
  async function faultyStore(): Promise<{ store: Store; faults: FaultyDriver; close: () => Promise<void> }> {
    const own = testPool({ connectionString: database.url, max: 1 });
    const faults = faultyDriver(new PgDriver(own, true), async (pid) => {
      await pool.query('SELECT pg_terminate_backend($1, 5000)', [pid]);
    });
    const store = await PostgresStore.open(faults.driver);
    return { store, faults, close: () => store.close() };
  }

  let batch = 0;
  const nextImport = () => {
    const members = street.records.members.slice(batch * 20, batch * 20 + 20);
    batch++;
    return { members };
  };

  it.each<Fault['kind']>(['kill', 'throw'])(
    'a commit struck by %s after any of its statements leaves nothing, and the next command lands',
    async (kind) => {
      const { store, faults, close } = await faultyStore();
      try {
        const workspace = await Workspace.open({ store, tenant, clock, actor });
        // A clean run first: how many statements a commit of this command has.
        expect((await workspace.run(importMembers, nextImport())).ok).toBe(true);
        const statements = faults.lastStatements;
        expect(statements).toBeGreaterThan(2);
        for (let after = 1; after <= statements; after++) {
          const before = await observe(witness);
          faults.arm({ after, kind });
          const struck = await workspace.run(importMembers, nextImport()).then(
            (result) => (result.ok ? 'committed' : 'refused'),
            () => 'failed',
          );
          add(`${kind}Faults`);
          if (struck !== 'failed') add(`${kind}NotFailed`);
          const after_ = await observe(witness);
          if (after_.state !== before.state || after_.audit !== before.audit) add(`${kind}PartialStates`);
          add(`${kind}AuditFindings`, await damage(witness));
          // And the workspace carries on: the same import again lands whole.
          batch--;
          const again = await workspace.run(importMembers, nextImport());
          if (again.ok) add(`${kind}RecoveredNextCommand`);
        }
        expect(tally[`${kind}Faults`]).toBe(statements);
        expect(tally[`${kind}NotFailed`] ?? 0).toBe(0);
        expect(tally[`${kind}PartialStates`] ?? 0).toBe(0);
        expect(tally[`${kind}AuditFindings`] ?? 0).toBe(0);
        expect(tally[`${kind}RecoveredNextCommand`]).toBe(statements);
      } finally {
        await close();
      }
    },
  );

  it(`${abortedRequests} REST commands whose client aborts at spread-out moments: each all or nothing`, async () => {
    const server = await serveOnLoopback(witness);
    try {
      const url = `${server.url}/tenants/${tenant}/commands`;
      const send = (name: string, signal?: AbortSignal) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...credentials({ tenant, ...actor }) },
          body: JSON.stringify({ type: 'org.rename', input: { orgId: 'c0', name } }),
          ...(signal && { signal }),
        });
      // How long one takes, so the aborts spread from "before it arrives" to "after it is done".
      const start = performance.now();
      expect((await send('基准')).status).toBe(200);
      const typical = Math.max(1, performance.now() - start);
      for (let n = 0; n < abortedRequests; n++) {
        const before = await observe(witness);
        const controller = new AbortController();
        const delay = (typical * 2 * n) / abortedRequests;
        const timer = setTimeout(() => controller.abort(), delay);
        const outcome = await send(`社区${n}`, controller.signal).then(
          (response) => response.status,
          () => 'aborted',
        );
        clearTimeout(timer);
        // The server may still be finishing a command its client left: wait until it has settled.
        const after = await settled(witness);
        add('abortRequests');
        add(outcome === 'aborted' ? 'abortClientGaveUp' : 'abortClientGotAnswer');
        // All or nothing: either nothing changed, or one revision that is exactly this rename.
        const name = (await witness.load(tenant)).records.orgs?.find((org) => org.id === 'c0')?.name;
        const nothing = after.revision === before.revision && after.state === before.state;
        const whole = after.revision === before.revision + 1 && name === `社区${n}`;
        if (!nothing && !whole) add('abortPartialStates');
        if (whole) add('abortCommitted');
        add('abortAuditFindings', await damage(witness));
      }
      expect(tally['abortClientGaveUp'] ?? 0).toBeGreaterThan(0);
      expect(tally['abortPartialStates'] ?? 0).toBe(0);
      expect(tally['abortAuditFindings'] ?? 0).toBe(0);
    } finally {
      await server.close();
    }
  });
});
