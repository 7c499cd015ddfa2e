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
import { staleRevision } from '../shared/conflict.js';
import type { SqlDriver, SqlExecutor } from './driver.js';
import { migrate } from './migrate.js';
import { appendAudit, readAudit } from './sql/audit.js';
import { readTenant, toEntityRows, writeEntities } from './sql/entities.js';
import { claimNextRevision, currentRevision, isFirstCommitRace } from './sql/revision.js';
import { bindTenant, isPrivilegeRefusal, tenantMismatch } from './sql/tenant-binding.js';

export interface PostgresStoreBinding {
  /**
   * Binds every transaction to this tenant: the Row-Level Security policies then hide every other
   * tenant's rows (loads come back empty) and refuse writes to them. Unbound, the tables' owner
   * sees every tenant and any other role sees none.
   */
  readonly tenant?: string;
  /** Widens the tenant codes accepted (region codes by default; see `assertTenant`). */
  readonly tenantPattern?: RegExp;
}

/**
 * The one SQL implementation of the `Store` port, over any `SqlDriver` (node-postgres, PGlite,
 * a Kingbase / openGauss driver). A commit is one transaction: claim the next revision on the
 * tenant row (which also makes concurrent writers of the tenant queue), write the entities,
 * append the audit record. Any failure rolls all of it back.
 */
export class PostgresStore implements Store {
  /** Every record here went through the kit's schemas on the way in. */
  readonly trusted = true;
  readonly tenantPattern: RegExp | undefined;
  readonly #driver: SqlDriver;
  readonly #tenant: string | undefined;
  /** A view from `boundTo` shares its parent's driver and leaves it open on close. */
  readonly #ownsDriver: boolean;
  #closed = false;

  private constructor(driver: SqlDriver, binding: PostgresStoreBinding, ownsDriver: boolean) {
    this.tenantPattern = binding.tenantPattern;
    // An empty binding would read as "unbound", which lets the tables' owner see every tenant.
    if (binding.tenant !== undefined) assertTenant(binding.tenant, binding.tenantPattern);
    this.#driver = driver;
    this.#tenant = binding.tenant;
    this.#ownsDriver = ownsDriver;
  }

  /** Migrates the database to the current schema, then serves it. */
  static async open(driver: SqlDriver, binding: PostgresStoreBinding = {}): Promise<PostgresStore> {
    // Checked before migrating: a bad binding must not cost a round trip, let alone a schema change.
    const store = new PostgresStore(driver, binding, true);
    await migrate(driver);
    return store;
  }

  /** The tenant every transaction is bound to, if any. */
  get tenant(): string | undefined {
    return this.#tenant;
  }

  /**
   * This store bound to `tenant`, over the same connections (no new pool, no migration): a server
   * takes one per request. Closing it leaves this store open.
   */
  boundTo(tenant: string): PostgresStore {
    this.#assertOpen();
    return new PostgresStore(this.#driver, { tenant, tenantPattern: this.tenantPattern }, false);
  }

  async load(tenant: string): Promise<StoredState> {
    this.#assertOpen();
    assertTenant(tenant, this.tenantPattern);
    const ledger = this.#driver.commitLedger;
    const mark = ledger?.mark;
    const state = await this.#read((db) => readTenant(db, tenant));
    // One revision, one audit record (the port's contract): the revision is the newest sequence
    // number — unless Row-Level Security hid the tenant from a store bound to another one.
    if (this.#tenant === undefined || this.#tenant === tenant) ledger?.learn(tenant, state.revision, mark);
    return { tenant, ...state };
  }

  async commit(commit: Commit): Promise<CommitReceipt> {
    this.#assertOpen();
    checkCommit(commit, this.tenantPattern);
    const rows = toEntityRows(commit.changes);
    try {
      const receipt = await this.#transaction(async (tx) => {
        const claim = await claimNextRevision(tx, commit.tenant, commit.baseRevision);
        if (!claim) throw await conflict(tx, commit);
        await writeEntities(tx, commit.tenant, rows);
        await appendAudit(tx, commit.tenant, claim, commit.audit);
        return { revision: claim.revision, auditSeq: claim.auditSeq };
      });
      this.#driver.commitLedger?.learn(commit.tenant, receipt.auditSeq);
      return receipt;
    } catch (error) {
      // Failed before or after COMMIT (a flush may fail after it): the ledger no longer knows.
      this.#driver.commitLedger?.forget(commit.tenant);
      if (isFirstCommitRace(error)) throw await this.#read((db) => conflict(db, commit));
      // Bound elsewhere, the policies refused the write: say so in the kit's terms.
      if (this.#tenant !== undefined && this.#tenant !== commit.tenant && isPrivilegeRefusal(error))
        throw tenantMismatch(this.#tenant, commit.tenant);
      throw error;
    }
  }

  async readAudit(tenant: string, query: AuditQuery = {}): Promise<AuditRecord[]> {
    this.#assertOpen();
    assertTenant(tenant, this.tenantPattern);
    return this.#read((db) => readAudit(db, tenant, query));
  }

  /** Known without a query only on a database no one else writes (PGlite); otherwise undefined. */
  newestAuditSeq(tenant: string): number | undefined {
    return this.#closed ? undefined : this.#driver.commitLedger?.newest(tenant);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#ownsDriver) await this.#driver.close();
  }

  /** A transaction, bound to the store's tenant first when it has one. */
  #transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    const tenant = this.#tenant;
    if (tenant === undefined) return this.#driver.transaction(fn);
    return this.#driver.transaction(async (tx) => {
      await bindTenant(tx, tenant);
      return fn(tx);
    });
  }

  /** Unbound, a read needs no transaction; bound, it does: the binding lasts one transaction. */
  #read<T>(fn: (db: SqlExecutor) => Promise<T>): Promise<T> {
    return this.#tenant === undefined ? fn(this.#driver) : this.#transaction(fn);
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error('PostgresStore is closed');
  }
}

/**
 * The conflict, naming the revision the tenant is really at. Read through `db`: the open
 * transaction when there is one (PGlite would deadlock waiting for it otherwise).
 */
async function conflict(db: SqlExecutor, commit: Commit): Promise<Error> {
  return staleRevision(commit.tenant, commit.baseRevision, await currentRevision(db, commit.tenant));
}
