/**
 * The kit's tenant tables, for a portal's own tooling: distributing them on Citus
 * (`SELECT create_distributed_table(name, 'tenant')`), backups, or emptying them in tests.
 * `dj_migrations` is left out: it is not per tenant.
 */
export const kitTables = ['dj_tenants', 'dj_entities', 'dj_audit'] as const;
