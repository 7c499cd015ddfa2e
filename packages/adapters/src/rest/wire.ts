import type { AuditRecord, CommittedCommand, EntityRecords } from '@dangjian/core';

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

/**
 * What a committed command answers: what it changed, as the caller may see it — entities with
 * `value: null` when one left the caller's view, the result with personal data masked (a
 * disclosure's result excepted). A local run also hands over the whole next snapshot; a reply
 * over the wire never does.
 */
export type CommandReply = Omit<CommittedCommand, 'snapshot'>;

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
