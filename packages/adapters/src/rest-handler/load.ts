import { ReadView } from '@dangjian/core';
import type { StateBody } from '../rest/wire.js';
import type { OperationContext } from './context.js';
import { clientClosedResponse, jsonResponse } from './responses.js';

/**
 * `GET /tenants/{tenant}/state`: the entities this actor may read, ID numbers and phones masked
 * unless it may see them, and the revision they are at. A branch secretary's client never
 * receives another branch's members.
 */
export async function load(context: OperationContext): Promise<Response> {
  const snapshot = await context.host.snapshot(context.tenant);
  if (context.request.signal.aborted) return clientClosedResponse();
  const view = new ReadView(context.policy, context.actor, snapshot);
  const body: StateBody = { tenant: snapshot.tenant, revision: snapshot.revision, records: view.records() };
  return jsonResponse(body);
}
