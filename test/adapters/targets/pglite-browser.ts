import { createPgliteStore, forgetKnownCommits, kitTables } from '@dangjian/adapters/pglite';
import { PGlite } from '@electric-sql/pglite';
import type { StoreTarget } from '../conformance/target.js';
import { deleteDatabase, uniqueName } from './indexeddb.js';

/** PGlite keeps an `idb://name` data directory in the IndexedDB database `/pglite/name`. */
const idbDatabaseOf = (dataDir: string): string => `/pglite/${dataDir.slice('idb://'.length)}`;

/**
 * PGlite in Chromium, its data directory in IndexedDB as a portal's offline page keeps it: one
 * instance for the file (wasm start-up takes seconds), emptied before each test, deleted after.
 */
export const pgliteBrowserTarget: StoreTarget = (() => {
  const dataDir = `idb://${uniqueName('dj-conformance')}`;
  let db: PGlite | undefined;
  return {
    name: 'pglite (Chromium, idb://)',
    open: async () => {
      db = await PGlite.create(dataDir);
      return createPgliteStore({ db });
    },
    reset: async () => {
      await db!.exec(`TRUNCATE ${kitTables.join(', ')}`);
      // Written around the kit: its stores must not trust the commits they knew of.
      forgetKnownCommits(db!);
    },
    close: async (store) => {
      await store.close();
      await db?.close();
      await deleteDatabase(idbDatabaseOf(dataDir));
    },
  };
})();
