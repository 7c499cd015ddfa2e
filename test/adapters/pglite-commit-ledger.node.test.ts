import {
  PgliteDriver,
  PostgresStore,
  createPgliteStore,
  type SqlDriver,
  type SqlExecutor,
} from '@dangjian/adapters/pglite';
import { CommandHost, SimulatedClock, seedTenant, type AuditQuery, type Store } from '@dangjian/core';
import { PGlite } from '@electric-sql/pglite';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seededAt, streetRecords, streetTenant } from '../fixtures/street.js';

// PGlite runs inside this process and nothing else writes its database, so its stores keep the
// newest audit sequence number per tenant (shared by every store on one database) and a warm
// host skips its catch-up query while nothing was written — without ever missing a write.

const tenant = streetTenant;
const actor = { id: 'ledger', roles: [] };

/** The store as the host sees it, counting the catch-up queries it sends. */
function counted(store: Store): Store & { auditReads: number } {
  const wrapper = {
    auditReads: 0,
    trusted: store.trusted,
    load: (id: string) => store.load(id),
    commit: (commit: Parameters<Store['commit']>[0]) => store.commit(commit),
    readAudit: (id: string, query?: AuditQuery) => {
      wrapper.auditReads++;
      return store.readAudit(id, query);
    },
    newestAuditSeq: (id: string) => store.newestAuditSeq?.(id),
    close: () => store.close(),
  };
  return wrapper;
}

const hostOn = (store: Store): CommandHost =>
  new CommandHost({ store, clock: new SimulatedClock('2026-11-23T03:00:00Z') });

async function rename(host: CommandHost, i: number): Promise<number> {
  const result = await host.run(tenant, actor, { type: 'org.rename', input: { orgId: 'street', name: `街道${i}` } });
  if (!result.ok) throw result.error;
  return result.value.revision;
}

describe('PGlite stores know their newest commit', () => {
  let db: PGlite;
  let [first, second]: PostgresStore[] = [];

  // A database of its own per test: truncating tables around the kit is exactly what a ledger cannot see.
  beforeEach(async () => {
    db = await PGlite.create();
    // Two stores on one database, as a portal with a workspace and a REST handler would have.
    [first, second] = [await createPgliteStore({ db }), await createPgliteStore({ db })];
    await seedTenant(first!, tenant, streetRecords, { actorId: 'seed', at: seededAt });
  });

  afterEach(async () => {
    await first!.close();
    await second!.close();
    await db.close();
  });

  it('answers a warm read without a query while nothing was written', async () => {
    const store = counted(second!);
    const host = hostOn(store);
    await host.snapshot(tenant);
    for (let i = 0; i < 20; i++) await host.snapshot(tenant);
    expect(store.auditReads).toBe(0);
    // A commit through the other store on the same database is news: one query fetches it.
    const revision = await rename(hostOn(first!), 1);
    expect(second!.newestAuditSeq(tenant)).toBe(revision);
    expect((await host.snapshot(tenant)).orgs.get('street')?.name).toBe('街道1');
    expect(store.auditReads).toBe(1);
  });

  it('forgets what it knew when a commit fails, and asks the database again', async () => {
    const known = first!.newestAuditSeq(tenant)!;
    const bad = {
      tenant,
      baseRevision: known,
      // jsonb refuses \u0000: the transaction fails after the revision was claimed.
      changes: [{ collection: 'orgs' as const, id: 'x', value: { id: 'x', name: 'nul \u0000' } as never }],
      audit: { actorId: 'ledger', at: seededAt, command: 'test.write', patches: [] },
    };
    await expect(first!.commit(bad)).rejects.toThrow();
    expect(second!.newestAuditSeq(tenant)).toBeUndefined();
    const store = counted(second!);
    await hostOn(store).snapshot(tenant);
    expect((await store.load(tenant)).revision).toBe(known);
  });

  it('never shows a reader less than what had committed when it asked (two stores, one database)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), async (writes) => {
        const [reader, writer] = [hostOn(second!), hostOn(first!)];
        let committed = (await reader.snapshot(tenant)).revision;
        for (const [i, write] of writes.entries()) {
          if (write) committed = await rename(writer, i);
          const floor = committed;
          expect((await reader.snapshot(tenant)).revision).toBeGreaterThanOrEqual(floor);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('drops a reading of the database taken before a commit it lost track of', async () => {
    const inner = new PgliteDriver(db);
    // A reader whose answers can be held back while other writes happen (a slow reader)…
    const hold = { until: Promise.resolve() };
    const slowReads: SqlDriver = {
      commitLedger: inner.commitLedger,
      query: async <T>(sql: string, params?: readonly unknown[]) => {
        const answer = await inner.query<T>(sql, params);
        await hold.until;
        return answer;
      },
      exec: (sql: string) => inner.exec(sql),
      transaction: <T>(fn: (tx: SqlExecutor) => Promise<T>) => inner.transaction(fn),
      close: () => Promise.resolve(),
    };
    // …and a writer whose commit lands, then fails (as a flush after COMMIT can): no ledger can know.
    let failAfterCommit = false;
    const failsAfterCommit: SqlDriver = {
      ...slowReads,
      query: (sql, params) => inner.query(sql, params),
      transaction: async (fn) => {
        const result = await inner.transaction(fn);
        if (failAfterCommit) throw new Error('flush failed after COMMIT');
        return result;
      },
    };
    const [reader, writer] = [await PostgresStore.open(slowReads), await PostgresStore.open(failsAfterCommit)];
    let release = (): void => undefined;
    hold.until = new Promise<void>((resolve) => (release = resolve));
    const reading = reader.load(tenant);
    await new Promise((resolve) => setTimeout(resolve, 20));
    failAfterCommit = true;
    const audit = { actorId: 'ledger', at: seededAt, command: 'test.write', patches: [] };
    await expect(writer.commit({ tenant, baseRevision: 1, changes: [], audit })).rejects.toThrow('flush failed');
    release();
    expect((await reading).revision).toBe(1);
    // The database is at 2: the held reading (1) must not become what the stores know.
    expect(reader.newestAuditSeq(tenant)).toBeUndefined();
    expect((await first!.load(tenant)).revision).toBe(2);
  });
});
