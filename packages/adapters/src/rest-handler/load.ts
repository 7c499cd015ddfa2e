import { checkAccess, type OperationContext } from './context.js';
import { clientClosedResponse, jsonResponse } from './responses.js';

/** `GET /tenants/{tenant}/state`: the tenant's entities and revision. */
export async function load(context: OperationContext): Promise<Response> {
  await checkAccess(context, 'load');
  if (context.request.signal.aborted) return clientClosedResponse();
  return jsonResponse(await context.store.load(context.identity.tenant));
}
