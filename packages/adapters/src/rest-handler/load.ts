import { ReadView, validate } from '@dangjian/core';
import { StateQuery } from './wire-schemas.js';
import type { StateBody } from '../rest/wire.js';
import type { OperationContext } from './context.js';
import { clientClosedResponse, jsonResponse } from './responses.js';

/**
 * `GET /tenants/{tenant}/state`: the entities this actor may read, ID numbers and phones masked
 * unless it may see them, and the revision they are at. A branch secretary's client never
 * receives another branch's members. `?members=omit` leaves the members out: a paging client
 * reads them a page at a time (`GET …/members`) and never downloads a 100,000-member roster.
 */
export async function load(context: OperationContext): Promise<Response> {
  const query = validate(StateQuery, Object.fromEntries(context.url.searchParams));
  if (!query.ok) throw query.error;
  const snapshot = await context.host.snapshot(context.tenant);
  if (context.request.signal.aborted) return clientClosedResponse();
  const view = new ReadView(context.policy, context.actor, snapshot);
  const omit = query.value.members === 'omit';
  const records = view.records(omit ? ['members'] : []);
  const body: StateBody = { tenant: snapshot.tenant, revision: snapshot.revision, records };
  return jsonResponse(body);
}
