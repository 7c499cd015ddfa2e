import type { Clock, Commit, ForbiddenError } from '@dangjian/core';
import { normaliseBasePath } from './base-path.js';
import type { OpenApiOptions } from './openapi.js';

/** Who a request acts for: the tenant (region code) it is bound to and the actor it names in the audit. */
export interface RestIdentity {
  readonly tenant: string;
  readonly actorId: string;
}

/**
 * Recognises the caller from the request (a session cookie, a bearer token, a gateway header).
 * `undefined` means nobody: the handler answers 401. Whatever it returns is trusted, so it must
 * verify credentials, not read a claim the client makes.
 */
export type Authenticate = (request: Request) => RestIdentity | undefined | Promise<RestIdentity | undefined>;

/** What an `authorize` hook is asked: who, which operation and, for a commit, what it writes. */
export interface RestAccess {
  readonly identity: RestIdentity;
  readonly operation: 'load' | 'commit' | 'readAudit';
  readonly request: Request;
  /** The validated commit, with the audit already naming the authenticated actor. */
  readonly commit?: Commit;
}

/** A refusal (403, with the rule and the subject) or `undefined` to let the request through. */
export type Authorize = (access: RestAccess) => ForbiddenError | undefined | Promise<ForbiddenError | undefined>;

export interface RestHandlerOptions {
  readonly authenticate: Authenticate;
  /** Checked after authentication and the tenant check, before the store is touched. */
  readonly authorize?: Authorize;
  /** Where the handler is mounted, e.g. `/api/dangjian`. Default: the root. */
  readonly basePath?: string;
  /** Largest request body accepted, in bytes (413 beyond). Default 4 MiB. */
  readonly maxBodyBytes?: number;
  /** Most audit records sent in one response; clients follow `hasMore`. Default 500. */
  readonly maxAuditPage?: number;
  /**
   * When given, the audit time is the server's, not the client's: the log then records when a
   * write arrived, which a client cannot backdate. Default: the client's clock, as a `Workspace` sets it.
   */
  readonly clock?: Clock;
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

export interface ResolvedOptions extends Required<Omit<RestHandlerOptions, 'authorize' | 'clock' | 'onError'>> {
  readonly authorize?: Authorize;
  readonly clock?: Clock;
  readonly onError?: (error: unknown, request: Request) => void;
}

export function resolveOptions(options: RestHandlerOptions): ResolvedOptions {
  return {
    ...options,
    basePath: normaliseBasePath(options.basePath ?? ''),
    maxBodyBytes: options.maxBodyBytes ?? 4 * 1024 * 1024,
    maxAuditPage: options.maxAuditPage ?? 500,
    challenge: options.challenge ?? 'Bearer',
    openApi: options.openApi ?? {},
  };
}
