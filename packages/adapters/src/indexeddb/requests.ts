import { schemaVersion, upgrade } from './schema.js';

/** One IndexedDB request as a promise. Await only these inside a transaction: see `commit.ts`. */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Resolves when the transaction has committed; rejects with `cause()` (or its own error) if it aborts. */
export function completion(tx: IDBTransaction, cause: () => unknown = () => undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(cause() ?? tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** Opens (creating or upgrading) the kit's database. */
export function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  const req = factory.open(name, schemaVersion);
  req.onupgradeneeded = (event) => upgrade(req.result, event.oldVersion);
  // Another tab holding an older version open: it closes on `versionchange` (see the store), so
  // this open goes through as soon as it does; nothing to do meanwhile.
  req.onblocked = () => undefined;
  return request(req);
}
