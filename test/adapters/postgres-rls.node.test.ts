import {
  PgDriver,
  PostgresStore,
  bulkThreshold,
  createPostgresStore,
  kitTables,
  storeGrants,
} from '@dangjian/adapters/postgres';
import { ConflictError, ForbiddenError, seedTenant, verifyAudit, type Commit, type EntityChange } from '@dangjian/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { branchB1, otherTenant, seededAt, streetRecords, streetTenant } from '../fixtures/street.js';
import { recordingDriver } from './support/recording-driver.js';
import { createTestDatabase, serverUrl, type TestDatabase, testPool } from './targets/postgres.js';

// Row-Level Security on a real server. Superusers bypass every policy, so the stores here log
// in as two roles made for the file: the owner, which runs the migrations (as a portal's
// deployment role would), and an application role that owns nothing and has `storeGrants`.

const tenantA = streetTenant;
const tenantB = otherTenant;
const at = seededAt;
const actorId = 'rls';
const suffix = Math.random().toString(36).slice(2, 10);
const password = Math.random().toString(36).slice(2);
const ownerRole = `dj_owner_${suffix}`;
const appRole = `dj_app_${suffix}`;

function commitOf(tenant: string, baseRevision: number, changes: readonly EntityChange[]): Commit {
  return { tenant, baseRevision, changes, audit: { actorId, at, command: 'test.write', patches: [] } };
}

function branches(count: number, prefix: string): EntityChange[] {
  return Array.from({ length: count }, (_, index) => ({
    collection: 'orgs',
    id: `${prefix}${index}`,
    value: { ...branchB1, id: `${prefix}${index}`, name: `第${index}党支部` },
  }));
}

/** Runs one statement on the server itself: roles belong to the cluster, not to a database. */
async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The test database's URL, logging in as `role`. */
function urlAs(base: string, role: string): string {
  const url = new URL(base);
  url.username = role;
  url.password = password;
  return url.toString();
}

describe('Row-Level Security on a PostgreSQL server', () => {
  let database: TestDatabase;
  let ownerPool: pg.Pool;
  let appPool: pg.Pool;
  /** The owner, unbound: sees every tenant. The witness of what really is in the tables. */
  let owner: PostgresStore;
  /** The application role, bound to tenant A. */
  let appA: PostgresStore;

  const stateOf = async (tenant: string): Promise<unknown> => ({
    state: await owner.load(tenant),
    audit: await owner.readAudit(tenant),
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    for (const role of [ownerRole, appRole]) await onServer(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(`GRANT CREATE ON SCHEMA public TO ${ownerRole}`);
    await admin.end();
    ownerPool = testPool({ connectionString: urlAs(database.url, ownerRole) });
    appPool = testPool({ connectionString: urlAs(database.url, appRole) });
    owner = await createPostgresStore({ pool: ownerPool });
    await ownerPool.query(storeGrants(appRole));
    appA = await createPostgresStore({ pool: appPool, tenant: tenantA });
    await seedTenant(owner, tenantA, streetRecords, { actorId, at });
    await seedTenant(owner, tenantB, { orgs: streetRecords.orgs.slice(0, 2) }, { actorId, at });
  });

  afterAll(async () => {
    await Promise.all([owner?.close(), appA?.close()]);
    await Promise.all([ownerPool?.end(), appPool?.end()]);
    await database?.drop();
    for (const role of [ownerRole, appRole]) await onServer(`DROP ROLE IF EXISTS ${role}`);
  });

  it('lets a store bound to tenant A read A, and shows it nothing of B: no entities, no revision, no audit', async () => {
    expect(await appA.load(tenantA)).toEqual(await owner.load(tenantA));
    expect(await appA.load(tenantB)).toEqual({ tenant: tenantB, revision: 0, records: {} });
    expect(await appA.readAudit(tenantB)).toEqual([]);
    expect(await appA.readAudit(tenantA)).toEqual(await owner.readAudit(tenantA));
  });

  it('refuses every write of the store bound to A to tenant B, and B stays as it was', async () => {
    const before = await stateOf(tenantB);
    // B's row is invisible, so a first commit tries to create it: the policy's WITH CHECK refuses.
    const create = appA.commit(commitOf(tenantB, 0, branches(1, 'x')));
    await expect(create).rejects.toBeInstanceOf(ForbiddenError);
    await expect(create).rejects.toMatchObject({ code: 'store.tenantMismatch', field: 'tenant' });
    // At B's real revision there is no row to claim: a conflict, nothing written.
    await expect(appA.commit(commitOf(tenantB, 1, branches(1, 'x')))).rejects.toBeInstanceOf(ConflictError);
    expect(await stateOf(tenantB)).toEqual(before);
  });

  it('lets the store bound to A write A, with its audit chain intact', async () => {
    const { revision } = await appA.load(tenantA);
    await appA.commit(commitOf(tenantA, revision, [{ collection: 'members', id: 'm2', value: null }]));
    expect(verifyAudit(await owner.readAudit(tenantA), { revision: revision + 1 })).toEqual([]);
    expect((await owner.load(tenantA)).records.members?.map((member) => member.id)).toEqual(['m1']);
  });

  it('holds raw SQL of the application role to the tenant its transaction is bound to', async () => {
    const client = await appPool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('dj.tenant', $1, true)`, [tenantA]);
      for (const table of kitTables) {
        const { rows } = await client.query(`SELECT DISTINCT tenant FROM ${table}`);
        expect(rows, table).toEqual([{ tenant: tenantA }]);
      }
      expect((await client.query('DELETE FROM dj_entities WHERE tenant = $1', [tenantB])).rowCount).toBe(0);
      expect((await client.query('UPDATE dj_tenants SET revision = 99 WHERE tenant = $1', [tenantB])).rowCount).toBe(0);
      await client.query('SAVEPOINT probe');
      const smuggle = client.query(
        `INSERT INTO dj_entities (tenant, collection, id, data) VALUES ($1, 'orgs', 'x', '{}')`,
        [tenantB],
      );
      await expect(smuggle).rejects.toMatchObject({ code: '42501', message: /row-level security/ });
      await client.query('ROLLBACK TO SAVEPOINT probe');
      // Privileges too: the audit log is append-only for this role.
      await expect(client.query('DELETE FROM dj_audit WHERE tenant = $1', [tenantA])).rejects.toMatchObject({
        code: '42501',
      });
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
    for (const table of kitTables) {
      const { rows } = await appPool.query(`SELECT count(*)::int AS n FROM ${table}`);
      expect(rows, `${table}, unbound`).toEqual([{ n: 0 }]);
    }
  });

  it('shows a store of the application role that is bound to no tenant nothing at all', async () => {
    const unbound = await createPostgresStore({ pool: appPool });
    try {
      expect(await unbound.load(tenantA)).toEqual({ tenant: tenantA, revision: 0, records: {} });
      expect(await unbound.readAudit(tenantA)).toEqual([]);
      await expect(unbound.commit(commitOf(tenantA, 2, []))).rejects.toBeInstanceOf(ConflictError);
    } finally {
      await unbound.close();
    }
  });

  it('holds the owner to a tenant too once bound (FORCE), and shows it every tenant unbound', async () => {
    const ownerA = owner.boundTo(tenantA);
    expect(ownerA.tenant).toBe(tenantA);
    expect(await ownerA.load(tenantB)).toEqual({ tenant: tenantB, revision: 0, records: {} });
    expect(await ownerA.readAudit(tenantB)).toEqual([]);
    expect((await owner.load(tenantB)).revision).toBe(1);
    await ownerA.close();
    // The view shares the owner's pool and leaves it open.
    expect((await owner.load(tenantA)).revision).toBeGreaterThan(0);
    expect(() => owner.boundTo('')).toThrow(/non-empty tenant/);
  });

  it('imports in bulk through COPY for a bound role: staged past the policies, checked on the way in', async () => {
    const { driver, recording } = recordingDriver(new PgDriver(appPool));
    const bulk = await PostgresStore.open(driver, { tenant: tenantA });
    const { revision } = await bulk.load(tenantA);
    const count = bulkThreshold + 500;
    await bulk.commit(commitOf(tenantA, revision, branches(count, 'bulk')));
    expect(recording.copies).toEqual([{ table: 'dj_entities_import', rows: count }]);
    const orgs = (await owner.load(tenantA)).records.orgs ?? [];
    expect(orgs.filter((org) => org.id.startsWith('bulk'))).toHaveLength(count);
    await bulk.close();
  });

  it('leaves the other store of a shared pool unbound: bindings end with their transaction', async () => {
    await appA.load(tenantA);
    // Same pool, same connections, no binding: sees nothing, so no tenant leaked into the pool.
    const { rows } = await appPool.query(`SELECT current_setting('dj.tenant', true) AS tenant`);
    expect(rows[0].tenant ?? '').toBe('');
  });
});
