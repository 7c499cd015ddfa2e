const quoteIdent = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/**
 * Exactly what the store does to each table, and no more: the audit log is only ever appended
 * to and entities are replaced by delete-then-insert, so no role serving a store can update or
 * delete audit records, and none can truncate or alter anything.
 */
const privileges: readonly (readonly [table: string, privileges: string])[] = [
  ['dj_tenants', 'SELECT, INSERT, UPDATE'],
  ['dj_entities', 'SELECT, INSERT, DELETE'],
  ['dj_audit', 'SELECT, INSERT'],
  // Opening a store reads the ledger to find there is nothing to migrate.
  ['dj_migrations', 'SELECT'],
];

/**
 * The grants a role needs to serve stores on tables it does not own, as a script for the owner
 * (or a DBA) to run once. The Row-Level Security policies then hold that role to the tenant each
 * transaction is bound to, and to no tenant at all when unbound. Bulk imports also create a
 * temporary table (see `sql/bulk-insert.ts`): PostgreSQL grants TEMPORARY to every role unless a
 * DBA revoked it.
 */
export function storeGrants(role: string): string {
  return privileges.map(([table, granted]) => `GRANT ${granted} ON ${table} TO ${quoteIdent(role)};`).join('\n');
}
