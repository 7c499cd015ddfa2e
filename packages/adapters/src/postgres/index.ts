export { PostgresStore, type PostgresStoreBinding } from './postgres-store.js';
export { createPostgresStore, type PostgresStoreOptions } from './create-postgres-store.js';
export type { CopyRow, SqlDriver, SqlExecutor, SqlResult } from './driver.js';
export { migrate } from './migrate.js';
export { kitTables } from './tables.js';
export { storeGrants } from './grants.js';
export { bulkThreshold } from './sql/entities.js';
export { migrations, type Migration } from './migrations/index.js';
export { PgDriver, type PgPool, type PgPoolClient, type PgQueryable, type PoolSettings } from '../pg/index.js';
