// This entry must stay free of `pg` and `node:` imports: browser bundles load it.
export { PostgresStore, type PostgresStoreBinding } from '../postgres/postgres-store.js';
export type { CopyRow, SqlDriver, SqlExecutor, SqlResult } from '../postgres/driver.js';
export { createPgliteStore, type PgliteStoreOptions } from './create-pglite-store.js';
export { PgliteDriver, forgetKnownCommits } from './pglite-driver.js';
export { assertWasmAllowed } from './wasm-allowed.js';
export { pgliteMessages } from './messages.js';
export { kitTables } from '../postgres/tables.js';
export { storeGrants } from '../postgres/grants.js';
export { migrations, type Migration } from '../postgres/migrations/index.js';
