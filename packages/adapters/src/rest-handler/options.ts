import type { Actor, Clock, Policy } from '@dangjian/core';
import { normaliseBasePath } from './base-path.js';
import type { OpenApiOptions } from './openapi.js';

/**
 * Who a request acts for: the tenant (region code) it is bound to and the actor — id, roles and
 * the org (and member record) the roles are scoped to. The audit names this actor, the policy
 * judges it; nothing in a request body can change either.
 */
export interface RestIdentity {
  readonly tenant: string;
  readonly actor: Actor;
}

/**
 * Recognises the caller from the request (a session cookie, a bearer token, a gateway header).
 * `undefined` means nobody: the handler answers 401. Whatever it returns is trusted, so it must
 * verify credentials, not read a claim the client makes.
 */
export type Authenticate = (request: Request) => RestIdentity | undefined | Promise<RestIdentity | undefined>;

export interface RestHandlerOptions {
  readonly authenticate: Authenticate;
  /**
   * Who may do and read what. Default: `createRolePolicy()`, the kit's roles (DESIGN §7): an
   * actor with no known role may do nothing and read nothing.
   */
  readonly policy?: Policy;
  /** The server's clock: the audit records when a command ran here. Default: the system clock. */
  readonly clock?: Clock;
  /** Where the handler is mounted, e.g. `/api/dangjian`. Default: the root. */
  readonly basePath?: string;
  /** Largest request body accepted, in bytes (413 beyond). Default 16 MiB (a 100,000-row import). */
  readonly maxBodyBytes?: number;
  /** Most audit records sent in one response; clients follow `hasMore`. Default 500. */
  readonly maxAuditPage?: number;
  /** Most members in one roster page. Default 500. */
  readonly maxPage?: number;
  /** The `WWW-Authenticate` challenge sent with a 401. Default `Bearer`. */
  readonly challenge?: string;
  /** Options for the served `GET /openapi.json`, or `false` to not serve it. */
  readonly openApi?: Omit<OpenApiOptions, 'basePath'> | false;
  /**
   * Told about every error that is not a kit error (the client only sees a bare 500). Log with
   * care: an error from the store may quote the data it was writing.
   */
  readonly onError?: (error: unknown, request: Request) => void;
}

export interface ResolvedOptions extends Required<Omit<RestHandlerOptions, 'policy' | 'clock' | 'onError'>> {
  readonly onError?: (error: unknown, request: Request) => void;
}

export const systemClock: Clock = { now: () => new Date().toISOString() };

export function resolveOptions(options: RestHandlerOptions): ResolvedOptions {
  const { policy: _policy, clock: _clock, ...rest } = options;
  return {
    ...rest,
    basePath: normaliseBasePath(options.basePath ?? ''),
    maxBodyBytes: options.maxBodyBytes ?? 16 * 1024 * 1024,
    maxAuditPage: options.maxAuditPage ?? 500,
    maxPage: options.maxPage ?? 500,
    challenge: options.challenge ?? 'Bearer',
    openApi: options.openApi ?? {},
  };
}
