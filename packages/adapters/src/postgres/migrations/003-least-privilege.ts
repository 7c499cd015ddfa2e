import type { Migration } from './migration.js';

const tenantTables = ['dj_tenants', 'dj_entities', 'dj_audit'];

/** What no tenant code is, whatever a portal's pattern: empty, over 64 characters, blanks, controls. */
const tenantCode = `tenant ~ '^[^[:space:][:cntrl:]]{1,64}$'`;

/**
 * Why a table of bindings and not `set_config('dj.tenant', …)` (migration 002): any role can set
 * any custom setting, so SQL run as the application's role — an injected statement, a portal's
 * own query on the shared pool — could rebind its transaction to another tenant, or to '' and
 * look unbound. Only `dj_bind_tenant`, running as the owner, writes here; the application's role
 * has no privilege on the table at all, and `SET dj.tenant` no longer means anything.
 *
 * A binding is keyed by backend and transaction id and lasts one transaction: it is read only
 * while that transaction is open (`txid_current_if_assigned()` is NULL in a transaction that
 * bound nothing), and disappears on rollback. One row per backend: binding deletes that backend's
 * row of an earlier transaction. UNLOGGED: a binding never outlives the server process anyway.
 * This table holds no tenant data, so it is not a tenant table (no policy, not in `kitTables`).
 *
 * What it does not stop: a holder of the application role's credentials can open a transaction
 * and bind it to any well-formed tenant, exactly as the adapter does. The one role serves every
 * tenant; what separates tenants beyond this is a role per tenant (or per deployment).
 */
const bindings = `
CREATE UNLOGGED TABLE dj_bindings (
  pid    integer NOT NULL PRIMARY KEY,
  xid    bigint  NOT NULL,
  tenant text    NOT NULL
);
REVOKE ALL ON dj_bindings FROM PUBLIC;

CREATE FUNCTION dj_bound_tenant() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER
AS $$
  SELECT tenant FROM dj_bindings WHERE pid = pg_backend_pid() AND xid = txid_current_if_assigned()
$$;

-- Refuses '' (which read as "unbound" before), anything over 64 characters or with whitespace or
-- control characters (what assertTenant refuses whatever a portal's pattern), and a second tenant
-- in a transaction already bound: SQL run after the adapter's binding cannot move it.
CREATE FUNCTION dj_bind_tenant(wanted text) RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
AS $$
DECLARE
  bound text := dj_bound_tenant();
BEGIN
  IF wanted IS NULL OR NOT (${tenantCode.replace('tenant', 'wanted')}) THEN
    RAISE EXCEPTION 'dj_bind_tenant: not a tenant code' USING ERRCODE = '22023';
  END IF;
  IF bound = wanted THEN
    RETURN;
  ELSIF bound IS NOT NULL THEN
    RAISE EXCEPTION 'dj_bind_tenant: this transaction is bound to another tenant' USING ERRCODE = '42501';
  END IF;
  DELETE FROM dj_bindings WHERE pid = pg_backend_pid();
  INSERT INTO dj_bindings (pid, xid, tenant) VALUES (pg_backend_pid(), txid_current(), wanted);
END
$$;

-- Functions are executable by PUBLIC unless revoked; storeGrants gives them to the runtime role.
REVOKE EXECUTE ON FUNCTION dj_bound_tenant() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION dj_bind_tenant(text) FROM PUBLIC;

-- A SECURITY DEFINER function resolving names through the caller's search_path would read a
-- temporary dj_bindings the caller made: pin it to this schema, pg_temp last.
DO $$
BEGIN
  EXECUTE format('ALTER FUNCTION dj_bound_tenant() SET search_path = %I, pg_catalog, pg_temp', current_schema());
  EXECUTE format('ALTER FUNCTION dj_bind_tenant(text) SET search_path = %I, pg_catalog, pg_temp', current_schema());
END
$$;
`;

/**
 * Bound: only the bound tenant. Unbound: the tables' owner (the role that ran the migrations,
 * and its members) sees every tenant, for administration; any other role sees nothing. The
 * sub-selects make each call an init plan, run once per statement rather than once per row.
 */
const bound = (table: string): string => `
  tenant = (SELECT dj_bound_tenant())
  OR ((SELECT dj_bound_tenant()) IS NULL
      AND pg_has_role((SELECT relowner FROM pg_class WHERE oid = '${table}'::regclass), 'USAGE'))`;

// NOT VALID: enforced on every new row, without failing the migration on a database that already
// holds a '' tenant from before (find those rows with the same regular expression and move them).
const rebind = (table: string): string => `
ALTER TABLE ${table} ADD CONSTRAINT ${table}_tenant_code CHECK (${tenantCode}) NOT VALID;
DROP POLICY dj_tenant_bound ON ${table};
CREATE POLICY dj_tenant_bound ON ${table} USING (${bound(table)}) WITH CHECK (${bound(table)});
REVOKE ALL ON ${table} FROM PUBLIC;
`;

/**
 * Append-only audit, beyond privileges: a role granted UPDATE or DELETE on dj_audit by mistake is
 * refused too, and so is the owner, who must first disable the trigger (an act only the owner
 * can do, and which the signed checkpoints of `auditCheckpoint` make visible). Per statement,
 * so even an UPDATE that matches no row is refused. TRUNCATE is not covered: no role but the
 * owner has it, and tests empty the tables with it.
 */
const appendOnly = `
CREATE FUNCTION dj_audit_append_only() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  RAISE EXCEPTION 'dj_audit is append-only: % refused', TG_OP USING ERRCODE = '42501';
END
$$;
CREATE TRIGGER dj_audit_append_only BEFORE UPDATE OR DELETE ON dj_audit
FOR EACH STATEMENT EXECUTE PROCEDURE dj_audit_append_only();
`;

/**
 * Least privilege: the owner (who runs the migrations) and the runtime role the adapter connects
 * as are different roles, and the runtime role can neither change the schema or the policies
 * (it owns nothing), nor choose its tenant other than through `dj_bind_tenant`, once per
 * transaction, nor rewrite the audit log. Grant it with `storeGrants(role)`.
 */
export const migration003: Migration = {
  version: 3,
  name: 'least-privilege',
  sql: bindings + tenantTables.map(rebind).join('') + appendOnly + 'REVOKE ALL ON dj_migrations FROM PUBLIC;\n',
};
