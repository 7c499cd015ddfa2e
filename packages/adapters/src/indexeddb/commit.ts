import { auditGenesisHash, sealAuditRecord, type AuditDraft, type Commit, type CommitReceipt } from '@dangjian/core';
import { staleRevision } from '../shared/conflict.js';
import { completion } from './requests.js';
import { allStores, stores, type EntityRow, type TenantRow } from './schema.js';

/** A commit turned into plain JSON before the transaction opens, so nothing inside it can fail to clone. */
export interface CommitPlan {
  readonly tenant: string;
  readonly baseRevision: number;
  readonly changes: readonly { readonly collection: string; readonly id: string; readonly value: unknown }[];
  readonly audit: AuditDraft;
}

/** Entities and patches are JSON; a copy drops frozen proxies and anything structured clone would refuse. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function planCommit(commit: Commit): CommitPlan {
  return {
    tenant: commit.tenant,
    baseRevision: commit.baseRevision,
    changes: commit.changes.map(({ collection, id, value }) => ({ collection, id, value: value && plain(value) })),
    audit: plain(commit.audit),
  };
}

/**
 * Runs the commit as ONE readwrite transaction over every store. All the work happens inside the
 * request callback of the tenant-row read, synchronously: a transaction commits by itself as soon
 * as no request is pending, so awaiting anything but its own requests would let it commit half
 * done. Anything that throws in there aborts the transaction, and nothing is written.
 */
export function runCommit(db: IDBDatabase, plan: CommitPlan): Promise<CommitReceipt> {
  // 'strict': the commit is acknowledged only once it is on disk; its audit record says it happened.
  const tx = db.transaction(allStores, 'readwrite', { durability: 'strict' });
  let failure: unknown;
  let receipt: CommitReceipt | undefined;
  const done = completion(tx, () => failure);
  const read = tx.objectStore(stores.tenants).get(plan.tenant) as IDBRequest<TenantRow | undefined>;
  read.onsuccess = () => {
    try {
      receipt = write(tx, plan, read.result);
    } catch (error) {
      failure = error;
      tryAbort(tx);
    }
  };
  return done.then(() => receipt!);
}

const genesis = (tenant: string): TenantRow => ({ tenant, revision: 0, auditSeq: 0, auditHead: auditGenesisHash });

/** Queues every write of the commit on `tx`; throws (and so aborts) on a stale revision. */
function write(tx: IDBTransaction, plan: CommitPlan, row: TenantRow | undefined): CommitReceipt {
  const { tenant } = plan;
  const current = row ?? genesis(tenant);
  if (current.revision !== plan.baseRevision) throw staleRevision(tenant, plan.baseRevision, current.revision);
  const entities = tx.objectStore(stores.entities);
  for (const { collection, id, value } of plan.changes) {
    if (value === null) entities.delete([tenant, collection, id]);
    else entities.put({ tenant, collection, id, value } satisfies EntityRow);
  }
  const unsealed = { ...plan.audit, tenant, seq: current.auditSeq + 1, revision: current.revision + 1 };
  const record = sealAuditRecord(unsealed, current.auditHead);
  tx.objectStore(stores.audit).put(record);
  const next: TenantRow = { tenant, revision: record.revision, auditSeq: record.seq, auditHead: record.hash };
  tx.objectStore(stores.tenants).put(next);
  return { revision: record.revision, auditSeq: record.seq };
}

/** Aborts, unless the transaction is aborted already (then `abort()` would throw again). */
function tryAbort(tx: IDBTransaction): void {
  try {
    tx.abort();
  } catch {
    // Already aborted: by the browser, or by whoever made a write in it fail.
  }
}
