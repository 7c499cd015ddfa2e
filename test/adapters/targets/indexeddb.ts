import { createIndexedDbStore } from '@dangjian/adapters/indexeddb';
import type { StoreTarget } from '../conformance/target.js';

/** A database name no other test file (or earlier run) uses. */
export const uniqueName = (prefix: string): string => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;

function settle(req: IDBRequest | IDBOpenDBRequest): Promise<void> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });
}

/** Empties every object store of the database `name` through a connection of its own. */
export async function clearDatabase(name: string): Promise<void> {
  const opening = indexedDB.open(name);
  await settle(opening);
  const db = opening.result;
  try {
    const tx = db.transaction([...db.objectStoreNames], 'readwrite');
    await Promise.all([...db.objectStoreNames].map((store) => settle(tx.objectStore(store).clear())));
  } finally {
    db.close();
  }
}

export const deleteDatabase = (name: string): Promise<void> => settle(indexedDB.deleteDatabase(name));

/** One database for the file, emptied before each test, deleted at the end. */
export const indexedDbTarget: StoreTarget = (() => {
  const name = uniqueName('dj-conformance');
  return {
    name: 'indexeddb',
    open: () => createIndexedDbStore({ name }),
    reset: () => clearDatabase(name),
    close: async (store) => {
      await store.close();
      await deleteDatabase(name);
    },
  };
})();
