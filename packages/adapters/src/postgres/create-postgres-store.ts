import { createPool, type PoolSettings } from '../pg/create-pool.js';
import { PgDriver, type PgPool } from '../pg/pg-driver.js';
import { PostgresStore, type PostgresStoreBinding } from './postgres-store.js';

/**
 * Connection settings (the store opens its own pool and ends it on `close()`), or the caller's
 * `pool` (the store uses it and leaves it open on `close()`).
 */
export type PostgresStoreOptions = PostgresStoreBinding & (PoolSettings | { readonly pool: PgPool });

/** A store on a PostgreSQL server (or Kingbase / openGauss), migrated and ready. */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const driver = 'pool' in options ? new PgDriver(options.pool) : new PgDriver(await createPool(options), true);
  try {
    return await PostgresStore.open(driver, { tenant: options.tenant, tenantPattern: options.tenantPattern });
  } catch (error) {
    await driver.close();
    throw error;
  }
}
