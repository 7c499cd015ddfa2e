import {
  PgDriver,
  PostgresStore,
  bulkThreshold,
  createPostgresStore,
  grantRuntimeRole,
  kitTables,
  storeGrants,
} from '@dangjian/adapters/postgres';
import {
  ConflictError,
  ForbiddenError,
  ValidationError,
  auditCheckpoint,
  auditGenesisHash,
  sealAuditRecord,
  seedTenant,
  verifyAudit,
  verifyAuditAnchored,
  type AuditRecord,
  type Commit,
  type EntityChange,
} from '@dangjian/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { branchB1, otherTenant, seededAt, streetRecords, streetTenant } from '../fixtures/street.js';
import { recordingDriver } from './support/recording-driver.js';
import { createTestDatabase, onServerRun, type TestDatabase, testPool, urlAs } from './targets/postgres.js';

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
    for (const role of [ownerRole, appRole]) await onServerRun(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(`GRANT CREATE ON SCHEMA public TO ${ownerRole}`);
    await admin.end();
    ownerPool = testPool({ connectionString: urlAs(database.url, ownerRole, password) });
    appPool = testPool({ connectionString: urlAs(database.url, appRole, password) });
    owner = await createPostgresStore({ pool: ownerPool });
    await grantRuntimeRole(new PgDriver(ownerPool), appRole);
    appA = await createPostgresStore({ pool: appPool, tenant: tenantA });
    await seedTenant(owner, tenantA, streetRecords, { actorId, at });
    await seedTenant(owner, tenantB, { orgs: streetRecords.orgs.slice(0, 2) }, { actorId, at });
  });

  afterAll(async () => {
    await Promise.all([owner?.close(), appA?.close()]);
    await Promise.all([ownerPool?.end(), appPool?.end()]);
    await database?.drop();
    for (const role of [ownerRole, appRole]) await onServerRun(`DROP ROLE IF EXISTS ${role}`);
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
      await client.query('SELECT dj_bind_tenant($1)', [tenantA]);
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
    expect(() => owner.boundTo('')).toThrow(ValidationError);
    expect(() => owner.boundTo('')).toThrow(expect.objectContaining({ code: 'tenant.invalid' }));
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
    const { rows } = await appPool.query(`SELECT dj_bound_tenant() AS tenant`);
    expect(rows).toEqual([{ tenant: null }]);
  });

  /** Runs `fn` on one connection of the application role inside a transaction, rolled back after. */
  async function asApp(fn: (client: pg.PoolClient) => Promise<void>): Promise<void> {
    const client = await appPool.connect();
    try {
      await client.query('BEGIN');
      await fn(client);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  }

  /** The tenants each kit table shows the connection, by table. */
  async function visibleTenants(client: pg.ClientBase): Promise<Record<string, string[]>> {
    const seen: Record<string, string[]> = {};
    for (const table of kitTables) {
      const { rows } = await client.query<{ tenant: string }>(`SELECT DISTINCT tenant FROM ${table} ORDER BY 1`);
      seen[table] = rows.map((row) => row.tenant);
    }
    return seen;
  }

  const only = (tenant?: string): Record<string, string[]> =>
    Object.fromEntries(kitTables.map((table) => [table, tenant === undefined ? [] : [tenant]]));

  /** Runs one statement that may fail, keeping the transaction usable: its error, or undefined. */
  async function probe(client: pg.ClientBase, sql: string, params: unknown[] = []): Promise<unknown> {
    await client.query('SAVEPOINT probe');
    try {
      await client.query(sql, params);
      return undefined;
    } catch (error) {
      return error;
    } finally {
      await client.query('ROLLBACK TO SAVEPOINT probe');
    }
  }

  it("ignores the runtime role's raw SET and set_config of the tenant: another tenant, or '', shows nothing", async () => {
    for (const tenant of [tenantB, '']) {
      await asApp(async (client) => {
        await client.query(`SELECT set_config('dj.tenant', $1, true)`, [tenant]);
        expect(await visibleTenants(client)).toEqual(only());
        await client.query(`SET dj.tenant = '${tenant}'`);
        expect(await visibleTenants(client)).toEqual(only());
      });
      // After the adapter's binding to A, a raw rebinding moves nothing.
      await asApp(async (client) => {
        await client.query('SELECT dj_bind_tenant($1)', [tenantA]);
        await client.query(`SELECT set_config('dj.tenant', $1, true)`, [tenant]);
        expect(await visibleTenants(client)).toEqual(only(tenantA));
      });
    }
  });

  it("refuses to rebind a bound transaction, to bind '' or a non-code, and any touch of the bindings", async () => {
    await asApp(async (client) => {
      await client.query('SELECT dj_bind_tenant($1)', [tenantA]);
      // Binding again to the same tenant is harmless; to another is refused.
      expect(await probe(client, 'SELECT dj_bind_tenant($1)', [tenantA])).toBeUndefined();
      expect(await probe(client, 'SELECT dj_bind_tenant($1)', [tenantB])).toMatchObject({
        code: '42501',
        message: /bound to another tenant/,
      });
      expect(await visibleTenants(client)).toEqual(only(tenantA));
      expect(await probe(client, `UPDATE dj_bindings SET tenant = $1`, [tenantB])).toMatchObject({ code: '42501' });
    });
    for (const bad of [
      '',
      'x'.repeat(65),
      `${tenantA}
`,
      null,
    ]) {
      await asApp(async (client) => {
        expect(await probe(client, 'SELECT dj_bind_tenant($1)', [bad])).toMatchObject({ code: '22023' });
        expect(await visibleTenants(client)).toEqual(only());
      });
    }
    await asApp(async (client) => {
      for (const sql of [
        'SELECT * FROM dj_bindings',
        `INSERT INTO dj_bindings VALUES (pg_backend_pid(), txid_current(), '${tenantB}')`,
        'DELETE FROM dj_bindings',
      ])
        expect(await probe(client, sql), sql).toMatchObject({ code: '42501' });
      // A temporary dj_bindings of its own is not the one the owner's functions read.
      await client.query(`CREATE TEMPORARY TABLE dj_bindings (pid integer, xid bigint, tenant text)`);
      await client.query(`INSERT INTO pg_temp.dj_bindings VALUES (pg_backend_pid(), txid_current(), '${tenantB}')`);
      expect(await visibleTenants(client)).toEqual(only());
    });
  });

  it('refuses the runtime role every change to the schema, the policies and the audit trigger', async () => {
    const statements = [
      'ALTER TABLE dj_entities DISABLE ROW LEVEL SECURITY',
      'ALTER TABLE dj_entities NO FORCE ROW LEVEL SECURITY',
      'DROP POLICY dj_tenant_bound ON dj_entities',
      'ALTER TABLE dj_audit DISABLE TRIGGER dj_audit_append_only',
      'DROP TRIGGER dj_audit_append_only ON dj_audit',
      'TRUNCATE dj_audit',
      `CREATE OR REPLACE FUNCTION dj_bound_tenant() RETURNS text LANGUAGE sql AS $$ SELECT '${tenantB}' $$`,
      'CREATE TABLE dj_probe (tenant text)',
    ];
    await asApp(async (client) => {
      for (const sql of statements) expect(await probe(client, sql), sql).toMatchObject({ code: '42501' });
    });
  });

  it('keeps dj_audit append-only: revoked for the runtime role, and refused by a trigger even where granted', async () => {
    const rewrite = [`UPDATE dj_audit SET patches = '[]' WHERE tenant = $1`, 'DELETE FROM dj_audit WHERE tenant = $1'];
    const before = await owner.readAudit(tenantA);
    await asApp(async (client) => {
      await client.query('SELECT dj_bind_tenant($1)', [tenantA]);
      for (const sql of rewrite) expect(await probe(client, sql, [tenantA]), sql).toMatchObject({ code: '42501' });
    });
    // A grant by mistake: the trigger still refuses, as it does the owner itself.
    await ownerPool.query(`GRANT UPDATE, DELETE ON dj_audit TO ${appRole}`);
    try {
      await asApp(async (client) => {
        await client.query('SELECT dj_bind_tenant($1)', [tenantA]);
        for (const sql of rewrite)
          expect(await probe(client, sql, [tenantA]), sql).toMatchObject({ code: '42501', message: /append-only/ });
      });
      for (const sql of rewrite)
        await expect(ownerPool.query(sql, [tenantA]), sql).rejects.toMatchObject({ message: /append-only/ });
    } finally {
      await ownerPool.query(`REVOKE UPDATE, DELETE ON dj_audit FROM ${appRole}`);
    }
    expect(await owner.readAudit(tenantA)).toEqual(before);
  });

  it("refuses a tenant row under '' or a malformed code even from the owner's raw SQL", async () => {
    for (const bad of ['', ' 320402', 'x'.repeat(65)])
      await expect(
        ownerPool.query(`INSERT INTO dj_tenants VALUES ($1, 1, 1, 'h')`, [bad]),
        JSON.stringify(bad),
      ).rejects.toMatchObject({ code: '23514' });
  });

  it('grants only a role the policies can hold: not the owner, not a superuser', async () => {
    await expect(grantRuntimeRole(new PgDriver(ownerPool), ownerRole)).rejects.toThrow(/owns the kit tables/);
    await expect(grantRuntimeRole(new PgDriver(ownerPool), 'postgres')).rejects.toThrow(/superuser/);
    await expect(grantRuntimeRole(new PgDriver(ownerPool), `${appRole}_missing`)).rejects.toThrow(/does not exist/);
    // The script alone, for a DBA: the same grants, runnable twice.
    await ownerPool.query(storeGrants(appRole));
  });

  it("shows the owner's re-sealed audit log to a checkpoint signed outside the database", async () => {
    // The key lives with the auditor; the database never sees it.
    const key = await crypto.subtle.importKey(
      'raw',
      new Uint8Array(32).fill(9),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
    const original = await owner.readAudit(tenantA);
    const checkpoint = await auditCheckpoint(original.at(-1)!, key);
    // The owner can do what the runtime role cannot: lift the trigger, rewrite the first record's
    // patches, recompute every hash after it, and move the tenant's head.
    const resealed: AuditRecord[] = [];
    for (const { prevHash: _prev, hash: _hash, ...record } of original) {
      const patches = record.seq === 1 ? [] : record.patches;
      resealed.push(sealAuditRecord({ ...record, patches }, resealed.at(-1)?.hash ?? auditGenesisHash));
    }
    const client = await ownerPool.connect();
    try {
      await client.query('BEGIN');
      await client.query('ALTER TABLE dj_audit DISABLE TRIGGER dj_audit_append_only');
      for (const record of resealed)
        await client.query(
          'UPDATE dj_audit SET patches = $3, prev_hash = $4, hash = $5 WHERE tenant = $1 AND seq = $2',
          [tenantA, record.seq, JSON.stringify(record.patches), record.prevHash, record.hash],
        );
      await client.query('UPDATE dj_tenants SET audit_head = $2 WHERE tenant = $1', [tenantA, resealed.at(-1)!.hash]);
      await client.query('ALTER TABLE dj_audit ENABLE TRIGGER dj_audit_append_only');
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    const rewritten = await owner.readAudit(tenantA);
    expect(rewritten[0]!.patches).toEqual([]);
    const { revision } = await owner.load(tenantA);
    expect(verifyAudit(rewritten, { revision })).toEqual([]);
    const findings = await verifyAuditAnchored(rewritten, [checkpoint], key, { revision });
    expect(findings.map((finding) => [finding.seq, finding.code])).toEqual([[checkpoint.seq, 'audit.resealed']]);
  });
});
