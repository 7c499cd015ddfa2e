import { createPool, type PoolSettings } from '../pg/create-pool.js';
import { PgDriver, type PgPool } from '../pg/pg-driver.js';
import { PostgresStore } from './postgres-store.js';

export type PostgresStoreOptions =
  /** The store opens its own pool and ends it on `close()`. */
  | PoolSettings
  /** The caller's pool: the store uses it and leaves it open on `close()`. */
  | { readonly pool: PgPool };

/** A store on a PostgreSQL server (or Kingbase / openGauss), migrated and ready. */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  const driver = 'pool' in options ? new PgDriver(options.pool) : new PgDriver(await createPool(options), true);
  try {
    return await PostgresStore.open(driver);
  } catch (error) {
    await driver.close();
    throw error;
  }
}
