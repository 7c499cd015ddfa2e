import { createPgliteStore, forgetKnownCommits, kitTables } from '@dangjian/adapters/pglite';
import { PGlite } from '@electric-sql/pglite';
import type { StoreTarget } from '../conformance/target.js';

/** Empties the kit's tables; far cheaper than a new PGlite, whose wasm start-up takes seconds. */
const truncate = `TRUNCATE ${kitTables.join(', ')}`;

/** One in-memory PGlite for the whole file, emptied before each test. */
export const pgliteTarget: StoreTarget = (() => {
  let db: PGlite | undefined;
  return {
    name: 'pglite',
    open: async () => {
      db = await PGlite.create('memory://');
      return createPgliteStore({ db });
    },
    reset: async () => {
      await db!.exec(truncate);
      // Written around the kit: its stores must not trust the commits they knew of.
      forgetKnownCommits(db!);
    },
    close: async (store) => {
      await store.close();
      await db?.close();
    },
  };
})();
