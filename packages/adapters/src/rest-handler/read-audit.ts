import { validate } from '@dangjian/core';
import type { AuditPage } from '../rest/wire.js';
import type { OperationContext } from './context.js';
import { cannotRead } from './refusals.js';
import { clientClosedResponse, jsonResponse } from './responses.js';
import { wireSchemas } from './wire-schemas.js';

/**
 * `GET /tenants/{tenant}/audit?afterSeq&limit`: one page of the audit log, for actors the policy
 * lets read `audit` (its patches hold every change in full). One record more than the page is
 * asked of the store, to tell the client whether another page follows.
 */
export async function readAudit(context: OperationContext): Promise<Response> {
  const query = validate(wireSchemas().AuditQuery, Object.fromEntries(context.url.searchParams));
  if (!query.ok) throw query.error;
  const snapshot = await context.host.snapshot(context.tenant);
  if (!(context.policy.canRead?.(context.actor, snapshot, 'audit') ?? true)) throw cannotRead('readAudit', 'audit');
  if (context.request.signal.aborted) return clientClosedResponse();
  const pageSize = Math.min(query.value.limit ?? Infinity, context.options.maxAuditPage);
  const records = await context.host.store.readAudit(context.tenant, {
    afterSeq: query.value.afterSeq ?? 0,
    limit: pageSize + 1,
  });
  const page: AuditPage = { records: records.slice(0, pageSize), hasMore: records.length > pageSize };
  return jsonResponse(page);
}
