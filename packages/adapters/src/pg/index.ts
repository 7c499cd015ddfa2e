export { PgDriver, type PgPool, type PgPoolClient, type PgQueryable } from './pg-driver.js';
export { createPool, type PoolSettings } from './create-pool.js';
