import { PGlite, type PGliteInterface } from '@electric-sql/pglite';
import { PostgresStore, type PostgresStoreBinding } from '../postgres/postgres-store.js';
import { PgliteDriver } from './pglite-driver.js';
import { assertWasmAllowed } from './wasm-allowed.js';

/**
 * `dataDir`: the store opens its own database and closes it on `close()`: `memory://` (the
 * default, gone on close), `idb://name` (browser, survives reloads) or a directory (Node).
 * `db`: the caller's database: the store uses it and leaves it open on `close()`.
 * A commit resolves once it is in the data directory (IndexedDB for `idb://`), so closing the
 * page right after loses nothing; a `db` created with `relaxedDurability: true` gives that up.
 */
export type PgliteStoreOptions = PostgresStoreBinding &
  ({ readonly dataDir?: string } | { readonly db: PGliteInterface });

/**
 * The embedded default store: PostgreSQL in wasm, migrated and ready. Opening its own database,
 * it refuses with a `ForbiddenError` (`store.wasmBlocked`) on a page whose Content Security
 * Policy forbids WebAssembly: PGlite needs `script-src 'wasm-unsafe-eval'`.
 */
export async function createPgliteStore(options: PgliteStoreOptions = {}): Promise<PostgresStore> {
  const driver =
    'db' in options ? new PgliteDriver(options.db) : new PgliteDriver(await openPglite(options.dataDir), true);
  try {
    return await PostgresStore.open(driver, { tenant: options.tenant, tenantPattern: options.tenantPattern });
  } catch (error) {
    await driver.close();
    throw error;
  }
}

async function openPglite(dataDir: string | undefined): Promise<PGlite> {
  await assertWasmAllowed();
  return PGlite.create(dataDir);
}
