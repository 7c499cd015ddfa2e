// This entry runs in browsers: it imports nothing but core and the IndexedDB API.
export { IndexedDbStore, type IndexedDbStoreOptions } from './indexeddb-store.js';

import { IndexedDbStore, type IndexedDbStoreOptions } from './indexeddb-store.js';

/** A store in the browser's IndexedDB database `name`, created on first use, kept across reloads. */
export function createIndexedDbStore(options: IndexedDbStoreOptions): Promise<IndexedDbStore> {
  return IndexedDbStore.open(options);
}
