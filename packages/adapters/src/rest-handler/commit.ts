import { validate, type Commit } from '@dangjian/core';
import { checkAccess, type OperationContext } from './context.js';
import { readJsonBody } from './read-json-body.js';
import { clientClosedResponse, jsonResponse } from './responses.js';
import { wireSchemas } from './wire-schemas.js';

/** The commit a validated body stands for, bound to the authenticated tenant and actor. */
async function commitFrom(context: OperationContext): Promise<Commit> {
  const body = await readJsonBody(context.request, context.options.maxBodyBytes);
  const parsed = validate(wireSchemas().CommitRequest, body);
  if (!parsed.ok) throw parsed.error;
  const { baseRevision, changes, audit } = parsed.value;
  const at = context.options.clock?.now() ?? audit.at;
  const { tenant, actorId } = context.identity;
  // The schema checked each change against its collection's entity schema; zod's union type cannot say so.
  return { tenant, baseRevision, changes: changes as Commit['changes'], audit: { ...audit, at, actorId } };
}

/**
 * `POST /tenants/{tenant}/commits`. The store's commit is atomic, so the one thing left to get
 * right is never to start one for a client that has already gone: the signal is checked last,
 * right before the store is called, once the body is read and everything is checked.
 */
export async function commit(context: OperationContext): Promise<Response> {
  const next = await commitFrom(context);
  await checkAccess(context, 'commit', next);
  if (context.request.signal.aborted) return clientClosedResponse();
  return jsonResponse(await context.store.commit(next), 201);
}
