import {
  PgliteDriver,
  PostgresStore,
  createPgliteStore,
  kitTables,
  migrations,
  storeGrants,
  type SqlDriver,
  type SqlExecutor,
} from '@dangjian/adapters/pglite';
import { seedTenant, type Commit, type EntityChange, type EntityRecords, type Store } from '@dangjian/core';
import { PGlite } from '@electric-sql/pglite';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { otherTenant, seededAt, streetRecords, streetTenant } from '../fixtures/street.js';

// What the conformance suite cannot see on PGlite: statement counts (PGlite is slow row by
// row), a failure inside the transaction, a database directory opened a second time, and the
// Row-Level Security policies for a role that is not a superuser (PGlite's own user is one).
//
// What holds on PGlite, where everything runs in one session of one superuser: the audit trigger
// (triggers fire for superusers too), the tenant-code check constraints, and, for code that
// switched to a role that is not a superuser, the policies and the binding that only
// `dj_bind_tenant` writes. What cannot hold: the superuser skips every policy, and any code on the
// same database can `RESET ROLE` back to it. In a browser that is the page's own code, so the
// boundary there is the origin, not the database; the checks in the adapter still apply.

const tenant = streetTenant;
const at = seededAt;
/** Two orgs only: the statement-count test adds 5,000 to them. */
const street: EntityRecords = { orgs: streetRecords.orgs.slice(0, 2) };
const actorId = 'specific';

function commitOf(baseRevision: number, changes: readonly EntityChange[]): Commit {
  return { tenant, baseRevision, changes, audit: { actorId, at, command: 'test.write', patches: [] } };
}

function branches(count: number): EntityChange[] {
  return Array.from({ length: count }, (_, index) => ({
    collection: 'orgs',
    id: `b${index}`,
    value: { id: `b${index}`, name: `第${index}党支部`, kind: 'branch', setting: 'residential', parentId: 'community' },
  }));
}

/** A driver that notes every statement run inside a transaction. */
function recording(inner: SqlDriver, statements: string[]): SqlDriver {
  const record = (tx: SqlExecutor): SqlExecutor => ({
    exec: (sql) => tx.exec(sql),
    query: (sql, params) => {
      statements.push(sql);
      return tx.query(sql, params);
    },
  });
  return {
    query: (sql, params) => inner.query(sql, params),
    exec: (sql) => inner.exec(sql),
    transaction: (fn) => inner.transaction((tx) => fn(record(tx))),
    close: () => inner.close(),
  };
}

async function stateOf(store: Store): Promise<unknown> {
  return { state: await store.load(tenant), audit: await store.readAudit(tenant) };
}

describe('PostgresStore on PGlite', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dj-pglite-'));
  const statements: string[] = [];
  let db: PGlite;
  let store: Store;

  beforeAll(async () => {
    db = await PGlite.create(dataDir);
    store = await PostgresStore.open(recording(new PgliteDriver(db), statements));
  });

  beforeEach(async () => {
    await db.exec(`TRUNCATE ${kitTables.join(', ')}`);
    statements.length = 0;
  });

  afterAll(async () => {
    await store.close();
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs one statement per kind of write, however many entities a commit holds', async () => {
    await seedTenant(store, tenant, street, { actorId, at });
    statements.length = 0;
    await store.commit(commitOf(1, branches(2)));
    const few = statements.splice(0);
    await store.commit(commitOf(2, branches(5_000)));
    // The same statements for 5,000 rows as for 2 (row by row, PGlite would take seconds).
    expect(statements).toEqual(few);
    expect((await store.load(tenant)).records.orgs).toHaveLength(5_002);
  });

  it('leaves nothing behind when a statement fails inside the transaction', async () => {
    await seedTenant(store, tenant, street, { actorId, at });
    const before = await stateOf(store);
    // jsonb refuses \u0000, after the revision bump and the deletion have run.
    const [first] = branches(1);
    const bad = commitOf(1, [
      { collection: 'orgs', id: 'street', value: null },
      { ...first!, value: { ...first!.value!, name: 'nul \u0000 byte' } },
    ]);
    await expect(store.commit(bad)).rejects.toMatchObject({ code: '22P05' });
    expect(await stateOf(store)).toEqual(before);
    expect(await store.commit(commitOf(1, []))).toEqual({ revision: 2, auditSeq: 2 });
  });

  it('keeps its data, and applies no migration twice, when the same dataDir is opened again', async () => {
    await seedTenant(store, tenant, street, { actorId, at });
    await store.close();
    await db.close();
    db = await PGlite.create(dataDir);
    store = await createPgliteStore({ db });
    const { orgs } = (await store.load(tenant)).records;
    expect(orgs).toHaveLength(2);
    expect(orgs).toEqual(expect.arrayContaining([...street.orgs!]));
    const applied = (await db.query('SELECT version, name FROM dj_migrations ORDER BY version')).rows;
    expect(applied).toEqual(migrations.map(({ version, name }) => ({ version, name })));
  });

  it('holds a role that is not a superuser to the tenant its store is bound to', async () => {
    await seedTenant(store, tenant, street, { actorId, at });
    await seedTenant(store, otherTenant, { orgs: street.orgs!.slice(0, 1) }, { actorId, at });
    await db.exec(`CREATE ROLE dj_app; ${storeGrants('dj_app')}`);
    await db.exec('SET ROLE dj_app');
    try {
      const bound = await PostgresStore.open(new PgliteDriver(db), { tenant });
      expect((await bound.load(tenant)).records.orgs).toHaveLength(2);
      expect(await bound.load(otherTenant)).toEqual({ tenant: otherTenant, revision: 0, records: {} });
      expect(await bound.readAudit(otherTenant)).toEqual([]);
      await expect(bound.commit({ ...commitOf(0, []), tenant: otherTenant })).rejects.toMatchObject({
        code: 'store.tenantMismatch',
      });
      expect((await db.query('SELECT DISTINCT tenant FROM dj_entities')).rows).toEqual([]);
    } finally {
      await db.exec('RESET ROLE');
    }
    expect((await store.load(otherTenant)).revision).toBe(1);
  });

  it('keeps the audit append-only and tenant codes well-formed even for its superuser', async () => {
    await seedTenant(store, tenant, street, { actorId, at });
    const before = await store.readAudit(tenant);
    await expect(db.query(`UPDATE dj_audit SET patches = '[]'`)).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM dj_audit')).rejects.toThrow(/append-only/);
    await expect(db.query(`INSERT INTO dj_tenants VALUES ('', 1, 1, 'h')`)).rejects.toThrow(/dj_tenants_tenant_code/);
    expect(await store.readAudit(tenant)).toEqual(before);
    // What cannot hold: the superuser ignores every policy, bound or not.
    await db.query('BEGIN');
    await db.query('SELECT dj_bind_tenant($1)', [otherTenant]);
    expect((await db.query('SELECT DISTINCT tenant FROM dj_entities')).rows).toEqual([{ tenant }]);
    await db.query('ROLLBACK');
  });

  it('ignores a raw set_config of the tenant for a role that is not a superuser', async () => {
    await seedTenant(store, tenant, street, { actorId, at });
    await db.exec(`CREATE ROLE dj_runtime; ${storeGrants('dj_runtime')}`);
    await db.exec('SET ROLE dj_runtime');
    try {
      for (const bound of [tenant, '']) {
        await db.query('BEGIN');
        await db.query(`SELECT set_config('dj.tenant', $1, true)`, [bound]);
        expect((await db.query('SELECT tenant FROM dj_entities')).rows).toEqual([]);
        await db.query('ROLLBACK');
      }
      await db.query('BEGIN');
      await db.query('SELECT dj_bind_tenant($1)', [tenant]);
      expect((await db.query('SELECT DISTINCT tenant FROM dj_entities')).rows).toEqual([{ tenant }]);
      await expect(db.query('SELECT dj_bind_tenant($1)', [otherTenant])).rejects.toThrow(/bound to another tenant/);
      await db.query('ROLLBACK');
    } finally {
      await db.exec('RESET ROLE');
    }
  });
});
