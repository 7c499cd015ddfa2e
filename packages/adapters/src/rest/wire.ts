import type { AuditDraft, AuditRecord, Commit } from '@dangjian/core';

/**
 * The body of `POST /tenants/{tenant}/commits`. The tenant is in the path and the actor is
 * whoever the server authenticated, so neither travels in the body: a client cannot write as
 * someone else by naming them.
 */
export interface CommitRequestBody {
  readonly baseRevision: Commit['baseRevision'];
  readonly changes: Commit['changes'];
  readonly audit: Omit<AuditDraft, 'actorId'>;
}

/** The body of `GET /tenants/{tenant}/audit`: one page, and whether records follow it. */
export interface AuditPage {
  readonly records: AuditRecord[];
  readonly hasMore: boolean;
}
