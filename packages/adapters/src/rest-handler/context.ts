import type { Commit, Store } from '@dangjian/core';
import type { RestAccess, RestIdentity, ResolvedOptions } from './options.js';
import { HttpRefusal } from './refusals.js';

/** What an operation gets once the request is routed, authenticated and bound to its tenant. */
export interface OperationContext {
  readonly store: Store;
  readonly options: ResolvedOptions;
  readonly request: Request;
  readonly url: URL;
  readonly identity: RestIdentity;
}

/** Asks the `authorize` hook, if there is one; a refusal becomes a 403 before the store is touched. */
export async function checkAccess(
  context: OperationContext,
  operation: RestAccess['operation'],
  commit?: Commit,
): Promise<void> {
  const { authorize } = context.options;
  if (!authorize) return;
  const { identity, request } = context;
  const refusal = await authorize({ identity, operation, request, ...(commit && { commit }) });
  if (refusal) throw new HttpRefusal(403, refusal);
}
