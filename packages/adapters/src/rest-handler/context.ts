import type { ActorOf, CommandHost, Policy } from '@dangjian/core';
import type { ResolvedOptions } from './options.js';

/** What an operation gets once the request is routed, authenticated and bound to its tenant. */
export interface OperationContext {
  readonly host: CommandHost;
  readonly policy: Policy;
  readonly options: ResolvedOptions;
  readonly request: Request;
  readonly url: URL;
  readonly tenant: string;
  readonly actor: ActorOf;
  /** Path parameters other than the tenant (`{id}`). */
  readonly params: Readonly<Record<string, string>>;
}
