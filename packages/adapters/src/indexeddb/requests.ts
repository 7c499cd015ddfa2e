import { writeAborted } from '../shared/conflict.js';
import { schemaVersion, upgrade } from './schema.js';

/** One IndexedDB request as a promise. Await only these inside a transaction: see `commit.ts`. */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * Resolves when the transaction has committed. If it aborts, rejects with `cause()` when the
 * commit's own code failed (a stale revision, a bad key), else — the browser or anyone else
 * aborted it: quota, a closing page — with a typed `store.aborted` naming the browser's reason.
 */
export function completion(tx: IDBTransaction, cause: () => unknown = () => undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => {
      const failure = cause();
      reject(failure !== undefined ? failure : writeAborted(tx.error?.name ?? 'AbortError'));
    };
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
