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

/** One audit record as stored: numbered per tenant, in commit order, tied to the revision it made. */
export interface AuditRecord extends AuditDraft {
  readonly tenant: string;
  /** 1, 2, 3 … per tenant, no gaps. */
  readonly seq: number;
  /** The revision this write produced. */
  readonly revision: number;
}

export interface AuditQuery {
  /** Only records with `seq` greater than this. */
  readonly afterSeq?: number;
  readonly limit?: number;
}
