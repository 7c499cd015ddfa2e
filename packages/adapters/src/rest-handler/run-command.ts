import {
  ReadView,
  commandOf,
  maskPersonalData,
  validate,
  type CommittedCommand,
  type EntityChange,
  type HostedOutcome,
} from '@dangjian/core';
import type { CommandReply } from '../rest/wire.js';
import type { OperationContext } from './context.js';
import { readJsonBody } from './read-json-body.js';
import { clientClosedResponse, errorResponse, jsonResponse } from './responses.js';
import { wireSchemas } from './wire-schemas.js';

/**
 * `POST /tenants/{tenant}/commands` with `{ type, input, expectedRevision? }`. The server is the
 * authority: the command host checks the policy, runs the pure command on its own state and
 * commits the changes with the audit record it builds (actor from authentication, time from the
 * server's clock, patches from the run). The reply says what changed, as this actor may see it.
 */
export async function runCommand(context: OperationContext): Promise<Response> {
  const body = validate(wireSchemas().CommandBody, await readJsonBody(context.request, context.options.maxBodyBytes));
  if (!body.ok) throw body.error;
  const command = commandOf(body.value.type);
  if (!command.ok) throw command.error;
  if (context.request.signal.aborted) return clientClosedResponse();
  const { signal } = context.request;
  const result = await context.host.run(context.tenant, context.actor, body.value, { retries: 10, signal });
  if (signal.aborted) return clientClosedResponse();
  if (!result.ok) return errorResponse(result.error);
  return jsonResponse(reply(context, result.value, command.value.discloses === true));
}

function reply(context: OperationContext, outcome: HostedOutcome, discloses: boolean): CommandReply {
  const after = new ReadView(context.policy, context.actor, outcome.snapshot);
  const earlier = new ReadView(context.policy, context.actor, outcome.base);
  return {
    revision: outcome.revision,
    auditSeq: outcome.auditSeq,
    patches: after.patches(outcome.patches),
    changes: visibleChanges(outcome.changes, earlier, after),
    events: outcome.events.filter((event) => after.canSee(event.subject) || earlier.canSee(event.subject)),
    result: discloses ? outcome.result : maskPersonalData(outcome.result),
  } satisfies Omit<CommittedCommand, 'snapshot'>;
}

/**
 * Each change as the actor sees it: the new value if it may read it; a removal if it could read the
 * entity before and no longer can (deleted, or moved out of its scope); nothing otherwise.
 */
function visibleChanges(changes: readonly EntityChange[], before: ReadView, after: ReadView): EntityChange[] {
  const shown: EntityChange[] = [];
  for (const change of changes) {
    const value = change.value === null ? undefined : after.show(change.collection, change.value);
    if (value) {
      shown.push({ ...change, value } as EntityChange);
      continue;
    }
    const old = before.snapshot[change.collection].get(change.id);
    if (old && before.canRead(change.collection, old as never)) shown.push({ ...change, value: null });
  }
  return shown;
}
