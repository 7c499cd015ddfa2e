import type { Migration } from './migration.js';

/** The tables this migration secures; a later table gets its policy in its own migration. */
const tables = ['dj_tenants', 'dj_entities', 'dj_audit'];

/**
 * A row is visible and writable when its tenant is the one the transaction is bound to
 * (`set_config('dj.tenant', …, true)`, see `sql/tenant-binding.ts`). With no binding, the owner of
 * the table (the role that ran the migrations) and its members see every tenant, for
 * administration and the unbound store; any other role sees nothing, so a forgotten binding
 * fails closed. `current_setting(…, true)` is NULL when never set and '' after a
 * transaction-local setting ended: both mean unbound.
 */
const bound = (table: string): string => `
  tenant = current_setting('dj.tenant', true)
  OR (coalesce(current_setting('dj.tenant', true), '') = ''
      AND pg_has_role((SELECT relowner FROM pg_class WHERE oid = '${table}'::regclass), 'USAGE'))`;

// FORCE: without it the owner bypasses every policy, even when bound to a tenant. Superusers and
// BYPASSRLS roles still bypass them (PostgreSQL offers no way to stop that).
const secure = (table: string): string => `
ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
CREATE POLICY dj_tenant_bound ON ${table} USING (${bound(table)}) WITH CHECK (${bound(table)});
`;

/**
 * Row-Level Security on every tenant table: a transaction bound to one tenant reads and writes
 * only that tenant's rows, so a forgotten `WHERE tenant =` or a wrong-tenant call fails closed.
 * It guards against mistakes, not against hostile SQL on the same connection (which could rebind
 * `dj.tenant`); for that, give each tenant its own database role. The application's role needs
 * only `storeGrants(role)`; it never owns the tables.
 */
export const migration002: Migration = {
  version: 2,
  name: 'row-level-security',
  sql: tables.map(secure).join(''),
};
