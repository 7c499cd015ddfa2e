const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * Exactly what the store does to each table, and no more: the audit log is only ever appended
 * to (a trigger refuses UPDATE and DELETE even to a role granted them), entities are replaced by
 * delete-then-insert, and a tenant's row only has its counters moved, so no role serving a store
 * can rewrite audit records, rename a tenant, truncate or alter anything.
 */
const privileges: readonly (readonly [table: string, privileges: string])[] = [
  ['dj_tenants', 'SELECT, INSERT, UPDATE (revision, audit_seq, audit_head)'],
  ['dj_entities', 'SELECT, INSERT, DELETE'],
  ['dj_audit', 'SELECT, INSERT'],
  // Opening a store reads the ledger to find there is nothing to migrate.
  ['dj_migrations', 'SELECT'],
];

/** Binding a transaction, and the policies reading the binding, run these (migration 003). */
const functions = ['dj_bind_tenant(text)', 'dj_bound_tenant()'];

/**
 * The grants the runtime role needs to serve stores on tables it does not own, as a script for
 * the owner (the role that ran the migrations) to run once; `grantRuntimeRole` runs it with
 * checks. The Row-Level Security policies then hold that role to the tenant each transaction is
 * bound to, and to no tenant at all when unbound. Bulk imports also create a temporary table (see
 * `sql/bulk-insert.ts`): PostgreSQL grants TEMPORARY to every role unless a DBA revoked it.
 */
export function storeGrants(role: string): string {
  const role_ = quoteIdent(role);
  return [
    ...privileges.map(([table, granted]) => `GRANT ${granted} ON ${table} TO ${role_};`),
    ...functions.map((fn) => `GRANT EXECUTE ON FUNCTION ${fn} TO ${role_};`),
  ].join('\n');
}
