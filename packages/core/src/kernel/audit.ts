import type { Patch } from 'immer';

/** What the workspace asks a store to append, in the same transaction as the write. */
export interface AuditDraft {
  readonly actorId: string;
  /** When the command ran (the injected clock), ISO-8601. */
  readonly at: string;
  /** The command's `type`, e.g. `org.move`. */
  readonly command: string;
  readonly patches: readonly Patch[];
}

/** An audit record before it is sealed into the tenant's chain. */
export interface UnsealedAuditRecord extends AuditDraft {
  readonly tenant: string;
  /** 1, 2, 3 … per tenant, no gaps. */
  readonly seq: number;
  /** The revision this write produced. */
  readonly revision: number;
}

/**
 * One audit record as stored: numbered per tenant, in commit order, tied to the revision it
 * made, and chained: `hash` covers the record and `prevHash`, the hash of the record before it,
 * so altering or removing any record breaks the chain (`verifyAudit` finds where).
 */
export interface AuditRecord extends UnsealedAuditRecord {
  readonly prevHash: string;
  readonly hash: string;
}

export interface AuditQuery {
  /** Only records with `seq` greater than this. */
  readonly afterSeq?: number;
  readonly limit?: number;
}
