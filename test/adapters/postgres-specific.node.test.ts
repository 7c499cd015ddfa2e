import {
  PgDriver,
  PostgresStore,
  createPostgresStore,
  migrate,
  migrations,
  type SqlDriver,
  type SqlExecutor,
} from '@dangjian/adapters/postgres';
import {
  ConflictError,
  SimulatedClock,
  auditGenesisHash,
  sealAuditRecord,
  verifyAudit,
  Workspace,
  createOrg,
  renameOrg,
  seedTenant,
  type Commit,
  type EntityRecords,
  type Store,
} from '@dangjian/core';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { branchB1, seededAt, streetRecords, streetTenant } from '../fixtures/street.js';
import { createTestDatabase, type TestDatabase, testPool } from './targets/postgres.js';

// What the conformance suite cannot see on a real server: migrations, connections dying,
// many processes writing one tenant at once.

const tenant = streetTenant;
const at = seededAt;
const street: EntityRecords = streetRecords;
const actor = { id: 'specific', roles: [] };

const b1 = branchB1;

function commitOf(baseRevision: number, changes: Commit['changes']): Commit {
  return { tenant, baseRevision, changes, audit: { actorId: actor.id, at, command: 'test.write', patches: [] } };
}

/** Every part of a tenant a failed commit could have touched. */
async function stateOf(store: Store): Promise<unknown> {
  return { state: await store.load(tenant), audit: await store.readAudit(tenant) };
}

/** A driver that runs `hook` on its own connection right after the first statement matching `after`. */
function interceptAfter(inner: SqlDriver, after: RegExp, hook: (tx: SqlExecutor) => Promise<void>): SqlDriver {
  const intercepted = (tx: SqlExecutor): SqlExecutor => ({
    exec: (sql) => tx.exec(sql),
    query: async (sql, params) => {
      const result = await tx.query(sql, params);
      if (after.test(sql)) await hook(tx);
      return result as never;
    },
  });
  return {
    query: (sql, params) => inner.query(sql, params),
    exec: (sql) => inner.exec(sql),
    transaction: (fn) => inner.transaction((tx) => fn(intercepted(tx))),
    close: () => inner.close(),
  };
}

describe('PostgresStore on a PostgreSQL server', () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  const opened: Store[] = [];

  /** A store over its own pool, as another application server would have. */
  async function serverStore(max = 2): Promise<Store> {
    const store = await createPostgresStore({ connectionString: database.url, max });
    opened.push(store);
    return store;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = testPool({ connectionString: database.url });
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
    await pool.query(`DROP TABLE IF EXISTS dj_tenants, dj_entities, dj_audit, dj_migrations, dj_bindings;
      DROP FUNCTION IF EXISTS dj_bind_tenant(text), dj_bound_tenant(), dj_audit_append_only()`);
  });

  afterAll(async () => {
    await pool.end();
    await database.drop();
  });

  it('applies each migration once, even when several servers open a fresh database together', async () => {
    await Promise.all(Array.from({ length: 5 }, () => serverStore()));
    await serverStore();
    expect(await migrate(new PgDriver(pool))).toEqual([]);
    const { rows } = await pool.query('SELECT version, name FROM dj_migrations ORDER BY version');
    expect(rows).toEqual(migrations.map(({ version, name }) => ({ version, name })));
  });

  it('upgrades a database written before least privilege: the data stays, bound stores see it', async () => {
    const driver = new PgDriver(pool);
    expect(await migrate(driver, migrations.slice(0, 2))).toEqual([1, 2]);
    // One commit as the adapter wrote it then.
    const record = sealAuditRecord(
      { tenant, seq: 1, revision: 1, actorId: actor.id, at, command: 'tenant.seed', patches: [] },
      auditGenesisHash,
    );
    await pool.query(`INSERT INTO dj_tenants VALUES ($1, 1, 1, $2)`, [tenant, record.hash]);
    await pool.query(`INSERT INTO dj_entities VALUES ($1, 'orgs', 'b1', $2)`, [tenant, JSON.stringify(b1)]);
    await pool.query(`INSERT INTO dj_audit VALUES ($1, 1, 1, $2, $3, 'tenant.seed', '[]', $4, $5)`, [
      tenant,
      actor.id,
      at,
      record.prevHash,
      record.hash,
    ]);
    expect(await migrate(driver)).toEqual(migrations.slice(2).map((migration) => migration.version));
    const bound = (await PostgresStore.open(driver)).boundTo(tenant);
    expect(await bound.load(tenant)).toEqual({ tenant, revision: 1, records: { orgs: [b1] } });
    expect(await bound.readAudit(tenant)).toEqual([record]);
    await bound.commit(commitOf(1, [{ collection: 'orgs', id: 'b1', value: null }]));
    expect(verifyAudit(await bound.readAudit(tenant), { revision: 2 })).toEqual([]);
  });

  it('leaves nothing behind when the server rejects a statement mid-commit', async () => {
    const store = await serverStore();
    await seedTenant(store, tenant, street, { actorId: actor.id, at });
    const before = await stateOf(store);
    // jsonb refuses \u0000: the revision bump and the deletion have already run by then.
    const bad = commitOf(1, [
      { collection: 'members', id: 'm1', value: null },
      { collection: 'orgs', id: 'b1', value: { ...b1, name: 'nul \u0000 byte' } },
    ]);
    await expect(store.commit(bad)).rejects.toMatchObject({ code: '22P05' });
    expect(await stateOf(store)).toEqual(before);
    expect(await store.commit(commitOf(1, [{ collection: 'members', id: 'm1', value: null }]))).toEqual({
      revision: 2,
      auditSeq: 2,
    });
  });

  it('leaves nothing behind when the connection is killed mid-commit, and then carries on', async () => {
    const own = testPool({ connectionString: database.url, max: 1 });
    own.on('error', () => undefined);
    let armed = false;
    const killer = interceptAfter(new PgDriver(own, true), /DELETE FROM dj_entities/, async (tx) => {
      if (!armed) return;
      armed = false;
      const { rows } = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      await pool.query('SELECT pg_terminate_backend($1, 5000)', [rows[0]!.pid]);
    });
    const store = await PostgresStore.open(killer);
    opened.push(store);
    await seedTenant(store, tenant, street, { actorId: actor.id, at });
    const before = await stateOf(store);
    armed = true;
    const doomed = commitOf(1, [
      { collection: 'members', id: 'm1', value: null },
      { collection: 'orgs', id: 'b1', value: { ...b1, name: '不应写入' } },
    ]);
    await expect(store.commit(doomed)).rejects.toThrow(/terminat|connection/i);
    const witness = await serverStore();
    expect(await stateOf(witness)).toEqual(before);
    // The dead connection was dropped from the pool, not handed out again.
    expect((await store.load(tenant)).revision).toBe(1);
  });

  it('lets exactly one of many first commits of a new tenant win', async () => {
    const stores = await Promise.all(Array.from({ length: 8 }, () => serverStore(1)));
    const results = await Promise.allSettled(
      stores.map((store, index) =>
        store.commit(commitOf(0, [{ collection: 'orgs', id: 'b1', value: { ...b1, name: `第${index}` } }])),
      ),
    );
    const lost = results.filter((result) => result.status === 'rejected');
    expect(results.length - lost.length).toBe(1);
    for (const loss of lost) {
      expect(loss.reason).toBeInstanceOf(ConflictError);
      expect(loss.reason).toMatchObject({ details: { expected: 0, actual: 1 } });
    }
    expect(await stores[0]!.readAudit(tenant)).toHaveLength(1);
  });

  it('serialises 20 concurrent writers: every successful commit counted, none lost', async () => {
    const seeder = await serverStore();
    await seedTenant(seeder, tenant, street, { actorId: actor.id, at });
    const clock = new SimulatedClock('2026-11-23T05:00:00.000Z');
    const writers = await Promise.all(
      Array.from({ length: 20 }, async () => Workspace.open({ store: await serverStore(1), tenant, clock, actor })),
    );
    const retry = { retryOnConflict: 100 };
    const results = await Promise.all(
      writers.flatMap((workspace, index) => [
        workspace.run(renameOrg, { orgId: 'b1', name: `第${index}网格党支部` }, retry),
        workspace.run(
          createOrg,
          { id: `writer${index}`, name: `${index}号楼党小组`, kind: 'group', parentId: 'b1' },
          retry,
        ),
      ]),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    const state = await seeder.load(tenant);
    const audit = await seeder.readAudit(tenant);
    expect(state.revision).toBe(1 + results.length);
    expect(audit.map((record) => record.seq)).toEqual(Array.from({ length: 41 }, (_, index) => index + 1));
    expect(audit.map((record) => record.revision)).toEqual(audit.map((record) => record.seq));
    // Each writer's group survived every later commit, and the name is the last rename's.
    const groups = state.records.orgs!.filter((org) => org.id.startsWith('writer')).map((org) => org.id);
    expect(groups.sort()).toEqual(writers.map((_, index) => `writer${index}`).sort());
    const lastRename = audit.filter((record) => record.command === 'org.rename').at(-1)!;
    expect(state.records.orgs!.find((org) => org.id === 'b1')!.name).toBe(lastRename.patches[0]!.value);
  });

  it("leaves the caller's pool open when the store closes", async () => {
    const store = await createPostgresStore({ pool });
    await store.close();
    expect((await pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await expect(store.load(tenant)).rejects.toThrow('closed');
  });
});
