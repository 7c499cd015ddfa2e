import {
  assertTenant,
  type AuditQuery,
  type AuditRecord,
  type Commit,
  type CommitReceipt,
  type Store,
  type StoredState,
} from '@dangjian/core';
import { checkCommit } from '../shared/check-commit.js';
import { planCommit, runCommit } from './commit.js';
import { readAuditRecords, readState } from './read.js';
import { openDatabase } from './requests.js';

export interface IndexedDbStoreOptions {
  /** The database name; the same name opens the same data after a reload or in another tab. */
  readonly name: string;
  /** Defaults to the global `indexedDB` (a worker has one too). */
  readonly factory?: IDBFactory;
  /** Widens the tenant codes accepted (region codes by default; see `assertTenant`). */
  readonly tenantPattern?: RegExp;
}

/**
 * The offline browser adapter: everything in one IndexedDB database, kept across reloads.
 * Tabs on the same database share it safely: a commit is one readwrite transaction, and
 * IndexedDB runs those one after another, so the revision check inside it is never stale.
 * Browsers may evict IndexedDB under storage pressure: a portal that keeps data offline asks
 * `navigator.storage.persist()` first.
 */
export class IndexedDbStore implements Store {
  /** Every record here went through the kit's schemas on the way in. */
  readonly trusted = true;
  readonly tenantPattern: RegExp | undefined;
  readonly #db: IDBDatabase;
  #closed: string | undefined;

  private constructor(db: IDBDatabase, tenantPattern: RegExp | undefined) {
    this.#db = db;
    this.tenantPattern = tenantPattern;
    // Another tab upgrading or deleting the database waits for every open connection to close:
    // let go at once instead of blocking it, and say why on the next call.
    db.onversionchange = () => {
      db.close();
      this.#closed ??= 'IndexedDbStore was closed: its database was deleted or upgraded elsewhere; open it again';
    };
  }

  static async open(options: IndexedDbStoreOptions): Promise<IndexedDbStore> {
    const factory = options.factory ?? globalThis.indexedDB;
    if (!factory) throw new Error('IndexedDB is not available here: pass `factory`');
    return new IndexedDbStore(await openDatabase(factory, options.name), options.tenantPattern);
  }

  async load(tenant: string): Promise<StoredState> {
    this.#assertOpen();
    assertTenant(tenant, this.tenantPattern);
    return readState(this.#db, tenant);
  }

  async commit(commit: Commit): Promise<CommitReceipt> {
    this.#assertOpen();
    checkCommit(commit, this.tenantPattern);
    return runCommit(this.#db, planCommit(commit));
  }

  async readAudit(tenant: string, query: AuditQuery = {}): Promise<AuditRecord[]> {
    this.#assertOpen();
    assertTenant(tenant, this.tenantPattern);
    return readAuditRecords(this.#db, tenant, query);
  }

  async close(): Promise<void> {
    this.#closed ??= 'IndexedDbStore is closed';
    this.#db.close();
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error(this.#closed);
  }
}
