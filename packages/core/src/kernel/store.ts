import type { AuditDraft, AuditQuery, AuditRecord } from './audit.js';
import type { EntityRecords } from './snapshot.js';
import type { EntityChange } from './transaction.js';

/** A tenant's state as a store hands it over. A tenant never written to is revision 0, empty. */
export interface StoredState {
  readonly tenant: string;
  readonly revision: number;
  readonly records: EntityRecords;
}

/** One write: entity-level changes plus the audit record, applied all together or not at all. */
export interface Commit {
  readonly tenant: string;
  /** The revision the changes were computed from; anything else is a conflict. */
  readonly baseRevision: number;
  readonly changes: readonly EntityChange[];
  readonly audit: AuditDraft;
}

export interface CommitReceipt {
  readonly revision: number;
  readonly auditSeq: number;
}

/**
 * The storage port (TanStack's `Persister` is the model: small, and the only thing adapters
 * implement). Every adapter passes the one conformance suite in `test/adapters/`.
 *
 * - `commit` is atomic: all changes and the audit record, or nothing.
 * - `commit` checks the revision: if the tenant is no longer at `baseRevision` it writes nothing
 *   and rejects with a `ConflictError` — never a lost update.
 * - Tenants are isolated: nothing one tenant does is visible in another's load or audit.
 * - Each commit makes one revision and one audit record, both counted from 1, so a tenant's newest
 *   audit record's `seq` is its revision: the audit log doubles as the change feed from which a
 *   warm snapshot catches up.
 */
export interface Store {
  /**
   * True when everything `load` returns was validated by this kit on the way in (memory,
   * IndexedDB, PostgreSQL): the workspace then skips re-validating a 100,000-member load. Leave
   * it unset for anything else — a REST backend may be another team's Java service.
   */
  readonly trusted?: boolean;
  /**
   * The tenant codes this store accepts, when the portal widened them (see `assertTenant`);
   * unset means region codes. `Workspace.open` checks its tenant against it too.
   */
  readonly tenantPattern?: RegExp;
  load(tenant: string): Promise<StoredState>;
  commit(commit: Commit): Promise<CommitReceipt>;
  readAudit(tenant: string, query?: AuditQuery): Promise<AuditRecord[]>;
  /**
   * The tenant's newest audit sequence number when the store knows it without asking, because
   * nothing writes its database except through it (PGlite in this process); `undefined` when it
   * must ask (a server database other processes write). A warm host then skips its catch-up
   * query while nothing is newer than what it holds. Never a number lower than the newest.
   */
  newestAuditSeq?(tenant: string): number | undefined;
  close(): Promise<void>;
}
