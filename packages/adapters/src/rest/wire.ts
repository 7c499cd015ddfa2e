import type { AuditRecord, DomainEvent, EntityChange, EntityRecords, SnapshotPatch } from '@dangjian/core';

/**
 * The body of `POST /tenants/{tenant}/commands`. The tenant is in the path and the actor is
 * whoever the server authenticated, so neither travels in the body: a client cannot act as
 * someone else by naming them, nor date its audit record.
 */
export interface CommandRequestBody {
  readonly type: string;
  readonly input: unknown;
  readonly expectedRevision?: number;
}

/** What a committed command answers: what it changed, as the caller may see it. */
export interface CommandReply {
  readonly revision: number;
  readonly auditSeq: number;
  readonly patches: readonly SnapshotPatch[];
  /** Entities as the caller may see them now; `value: null` when one left its view. */
  readonly changes: readonly EntityChange[];
  readonly events: readonly DomainEvent[];
  /** The command's result, personal data masked (a disclosure's result excepted). */
  readonly result: unknown;
}

/** The body of `GET /tenants/{tenant}/state`: what the caller may read, masked. */
export interface StateBody {
  readonly tenant: string;
  readonly revision: number;
  readonly records: EntityRecords;
}

/** The body of `GET /tenants/{tenant}/audit`: one page, and whether records follow it. */
export interface AuditPage {
  readonly records: AuditRecord[];
  readonly hasMore: boolean;
}
