import type { SqlDriver } from './driver.js';
import { storeGrants } from './grants.js';

interface RoleRow {
  rolsuper: boolean;
  rolbypassrls: boolean;
  owns: boolean;
}

// The tables' owner is whoever owns dj_audit: the role that ran the migrations.
const describeRole = `
SELECT r.rolsuper, r.rolbypassrls, pg_has_role(r.oid, c.relowner, 'USAGE') AS owns
FROM pg_roles r, pg_class c
WHERE r.rolname = $1 AND c.oid = 'dj_audit'::regclass`;

/**
 * Grants `role` what serving stores needs (`storeGrants`), after checking the policies can hold
 * it: a superuser or BYPASSRLS role skips every policy, and the owner (or a member of it) could
 * drop them, disable the audit trigger and see every tenant unbound. Run by the owner once the
 * migrations ran, e.g. in the deployment step; the application then connects as `role`.
 */
export async function grantRuntimeRole(driver: SqlDriver, role: string): Promise<void> {
  await driver.transaction(async (tx) => {
    const { rows } = await tx.query<RoleRow>(describeRole, [role]);
    const found = rows[0];
    if (!found) throw new Error(`Role "${role}" does not exist: create it (LOGIN, no other rights) first`);
    const why = found.rolsuper
      ? 'is a superuser'
      : found.rolbypassrls
        ? 'has BYPASSRLS'
        : found.owns
          ? 'owns the kit tables (or is a member of their owner)'
          : undefined;
    if (why) throw new Error(`Role "${role}" ${why}: Row-Level Security cannot hold it; use a role of its own`);
    await tx.exec(storeGrants(role));
  });
}
