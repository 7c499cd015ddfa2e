import type {
  AuditQuery,
  AuditRecord,
  CollectionName,
  Commit,
  CommitReceipt,
  EntityOf,
  EntityRecords,
  Store,
  StoredState,
} from '@dangjian/core';
import { assertTenant, auditGenesisHash, sealAuditRecord } from '@dangjian/core';
import { checkCommit } from '../shared/check-commit.js';
import { staleRevision } from '../shared/conflict.js';

interface TenantState {
  revision: number;
  readonly tables: Map<CollectionName, Map<string, EntityOf<CollectionName>>>;
  readonly audit: AuditRecord[];
}

/** Entities are JSON; a copy on the way in and out keeps callers from reaching into the store. */
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * The reference adapter: everything in memory, nothing survives the process. For tests,
 * demos and Storybook. Each commit is checked completely before anything is changed, and runs
 * synchronously inside the call, so it is atomic by construction.
 */
export class MemoryStore implements Store {
  /** Every record here went through the kit's schemas on the way in. */
  readonly trusted = true;
  readonly tenantPattern: RegExp | undefined;
  readonly #tenants = new Map<string, TenantState>();
  #closed = false;

  /** `tenantPattern` widens the tenant codes accepted (region codes by default; see `assertTenant`). */
  constructor(options: { readonly tenantPattern?: RegExp } = {}) {
    this.tenantPattern = options.tenantPattern;
  }

  async load(tenant: string): Promise<StoredState> {
    this.#assertOpen();
    assertTenant(tenant, this.tenantPattern);
    const state = this.#tenants.get(tenant);
    if (!state) return { tenant, revision: 0, records: {} };
    const records: Record<string, unknown[]> = {};
    for (const [collection, table] of state.tables) records[collection] = Array.from(table.values(), copy);
    return { tenant, revision: state.revision, records: records as EntityRecords };
  }

  async commit(commit: Commit): Promise<CommitReceipt> {
    this.#assertOpen();
    checkCommit(commit, this.tenantPattern);
    const state = this.#tenantFor(commit.tenant);
    if (state.revision !== commit.baseRevision) throw staleRevision(commit.tenant, commit.baseRevision, state.revision);
    const values = commit.changes.map((change) => ({ ...change, value: change.value && copy(change.value) }));
    const audit = sealAuditRecord(
      { ...copy(commit.audit), tenant: commit.tenant, seq: state.audit.length + 1, revision: state.revision + 1 },
      state.audit.at(-1)?.hash ?? auditGenesisHash,
    );
    for (const change of values) {
      const table = state.tables.get(change.collection) ?? new Map<string, EntityOf<CollectionName>>();
      state.tables.set(change.collection, table);
      if (change.value === null) table.delete(change.id);
      else table.set(change.id, change.value);
    }
    state.audit.push(audit);
    state.revision = audit.revision;
    return { revision: audit.revision, auditSeq: audit.seq };
  }

  async readAudit(tenant: string, query: AuditQuery = {}): Promise<AuditRecord[]> {
    this.#assertOpen();
    assertTenant(tenant, this.tenantPattern);
    const records = this.#tenants.get(tenant)?.audit ?? [];
    const after = records.filter((record) => record.seq > (query.afterSeq ?? 0));
    return (query.limit === undefined ? after : after.slice(0, query.limit)).map(copy);
  }

  async close(): Promise<void> {
    this.#closed = true;
  }

  #tenantFor(tenant: string): TenantState {
    let state = this.#tenants.get(tenant);
    if (!state) {
      state = { revision: 0, tables: new Map(), audit: [] };
      this.#tenants.set(tenant, state);
    }
    return state;
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error('MemoryStore is closed');
  }
}
