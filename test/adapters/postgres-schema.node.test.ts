import { createPostgresStore, kitTables } from '@dangjian/adapters/postgres';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './targets/postgres.js';

// The schema must distribute on Citus by tenant and keep tenants apart: read back from the
// server's catalogs (not from our migration text), for every `dj_` table there is.
//
// `dj_migrations` is the one table without a tenant, on purpose: it records which schema version
// the whole database has, one row per migration, the same for every tenant (on Citus it stays a
// local table on the coordinator). Nothing a tenant owns is ever stored in it.
//
// `dj_bindings` is the other: which tenant each open transaction is bound to (migration 003),
// one row per backend, written only by the owner's `dj_bind_tenant`. It is connection state,
// not tenant data: no role but the owner may read it, so it needs (and must not have) a policy.

type Queryable = Pick<pg.ClientBase, 'query'>;

const perDatabaseTables = ['dj_migrations', 'dj_bindings'];

/** Every `dj_` table in the current schema that holds tenant data. */
async function tenantTables(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name LIKE 'dj\\_%'
     ORDER BY table_name`,
  );
  return rows.map((row) => row.name).filter((name) => !perDatabaseTables.includes(name));
}

async function hasTenantColumn(db: Queryable, table: string): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1 AND column_name = 'tenant'`,
    [table],
  );
  return rows.length === 1;
}

interface Key {
  readonly name: string;
  readonly kind: string;
  readonly columns: string[];
}

/**
 * Every constraint or index that Citus requires to contain the distribution column: the primary
 * key, unique constraints and unique indexes (also those made without a constraint), exclusion
 * constraints, and foreign keys.
 */
async function keysOf(db: Queryable, table: string): Promise<Key[]> {
  const { rows } = await db.query<Key>(
    `SELECT i.indexrelid::regclass::text AS name,
            CASE WHEN i.indisprimary THEN 'primary key' ELSE 'unique' END AS kind,
            array(SELECT a.attname::text FROM unnest(i.indkey) k JOIN pg_attribute a
                  ON a.attrelid = i.indrelid AND a.attnum = k) AS columns
     FROM pg_index i WHERE i.indrelid = $1::regclass AND i.indisunique
     UNION ALL
     SELECT c.conname::text, CASE c.contype WHEN 'x' THEN 'exclusion' ELSE 'foreign key' END,
            array(SELECT a.attname::text FROM unnest(c.conkey) k JOIN pg_attribute a
                  ON a.attrelid = c.conrelid AND a.attnum = k)
     FROM pg_constraint c WHERE c.conrelid = $1::regclass AND c.contype IN ('x', 'f')`,
    [table],
  );
  return rows;
}

async function rowSecurityOf(db: Queryable, table: string): Promise<{ enabled: boolean; policies: number }> {
  const { rows } = await db.query<{ enabled: boolean; policies: number }>(
    `SELECT c.relrowsecurity AND c.relforcerowsecurity AS enabled,
            (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid) AS policies
     FROM pg_class c WHERE c.oid = $1::regclass`,
    [table],
  );
  return rows[0]!;
}

/** Everything wrong with one table, in words; empty when it is fit to distribute and secured. */
async function problemsOf(db: Queryable, table: string): Promise<string[]> {
  const problems: string[] = [];
  if (!(await hasTenantColumn(db, table))) problems.push(`${table}: no tenant column`);
  const keys = await keysOf(db, table);
  if (!keys.some((key) => key.kind === 'primary key')) problems.push(`${table}: no primary key`);
  for (const key of keys.filter((candidate) => !candidate.columns.includes('tenant')))
    problems.push(`${table}: ${key.kind} ${key.name} (${key.columns.join(', ')}) lacks tenant`);
  const security = await rowSecurityOf(db, table);
  if (!security.enabled || security.policies === 0) problems.push(`${table}: no forced row-level security policy`);
  return problems;
}

async function schemaProblems(db: Queryable): Promise<string[]> {
  const problems: string[] = [];
  for (const table of await tenantTables(db)) problems.push(...(await problemsOf(db, table)));
  return problems;
}

describe('the kit schema on a PostgreSQL server', () => {
  let database: TestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    database = await createTestDatabase();
    await (await createPostgresStore({ connectionString: database.url })).close();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await database?.drop();
  });

  it('gives every dj_ table a tenant column, tenant in every key, and forced row-level security', async () => {
    expect(await schemaProblems(client)).toEqual([]);
  });

  it('lists every tenant table in kitTables, which tests truncate and portals distribute', async () => {
    expect(await tenantTables(client)).toEqual([...kitTables].sort());
  });

  it('keeps dj_migrations free of tenant data: the schema version, one row per migration', async () => {
    const { rows } = await client.query(
      `SELECT column_name FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = 'dj_migrations' ORDER BY ordinal_position`,
    );
    expect(rows.map((row) => row.column_name)).toEqual(['version', 'name', 'applied_at']);
  });

  it('catches a table added without tenant, a key or index without it, and a table left unsecured', async () => {
    await client.query('BEGIN');
    try {
      await client.query(`CREATE TABLE dj_probe_plain (id text PRIMARY KEY)`);
      await client.query(`CREATE TABLE dj_probe_keys (
        tenant text NOT NULL, id text NOT NULL, code text, parent text,
        PRIMARY KEY (tenant, id), UNIQUE (code),
        FOREIGN KEY (parent) REFERENCES dj_probe_plain (id))`);
      await client.query(`CREATE UNIQUE INDEX dj_probe_keys_lower ON dj_probe_keys (lower(code))`);
      expect(await schemaProblems(client)).toEqual([
        'dj_probe_keys: unique dj_probe_keys_code_key (code) lacks tenant',
        'dj_probe_keys: unique dj_probe_keys_lower () lacks tenant',
        'dj_probe_keys: foreign key dj_probe_keys_parent_fkey (parent) lacks tenant',
        'dj_probe_keys: no forced row-level security policy',
        'dj_probe_plain: no tenant column',
        'dj_probe_plain: primary key dj_probe_plain_pkey (id) lacks tenant',
        'dj_probe_plain: no forced row-level security policy',
      ]);
    } finally {
      await client.query('ROLLBACK');
    }
  });

  it('pins the search_path of every SECURITY DEFINER function, and gives PUBLIC nothing', async () => {
    // A definer function that resolves names through the caller's search_path reads the caller's
    // temporary tables; one PUBLIC may execute serves every role of the cluster.
    const { rows: definers } = await client.query<{ name: string; config: string[] | null; public: boolean }>(
      `SELECT p.proname AS name, p.proconfig AS config,
              EXISTS (SELECT 1 FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                      WHERE a.grantee = 0) AS public
       FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace AND p.prosecdef ORDER BY 1`,
    );
    expect(definers.map((fn) => fn.name)).toEqual(['dj_bind_tenant', 'dj_bound_tenant']);
    for (const fn of definers) {
      expect(fn.config, fn.name).toEqual([expect.stringMatching(/^search_path=public, pg_catalog, pg_temp$/)]);
      expect(fn.public, fn.name).toBe(false);
    }
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c
       WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND c.relname LIKE 'dj\\_%'
         AND EXISTS (SELECT 1 FROM aclexplode(c.relacl) a WHERE a.grantee = 0)`,
    );
    expect(tables).toEqual([]);
  });

  it('refuses any UPDATE or DELETE on dj_audit, and a malformed tenant code in every tenant table', async () => {
    // Even a superuser: the trigger is per statement, so a statement matching no row is refused too.
    for (const sql of ['UPDATE dj_audit SET seq = seq WHERE false', 'DELETE FROM dj_audit WHERE false'])
      await expect(client.query(sql), sql).rejects.toMatchObject({ code: '42501', message: /append-only/ });
    for (const table of await tenantTables(client)) {
      const { rows } = await client.query<{ name: string }>(
        `SELECT conname AS name FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'c'
         AND pg_get_constraintdef(oid) LIKE '%tenant ~%'`,
        [table],
      );
      expect(rows, table).toEqual([{ name: `${table}_tenant_code` }]);
    }
  });
});
