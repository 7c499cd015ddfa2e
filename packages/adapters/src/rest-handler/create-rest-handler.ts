import {
  CommandHost,
  assertTenant,
  createRolePolicy,
  isDangjianError,
  parseContext,
  type Policy,
  type Store,
} from '@dangjian/core';
import { matchRoute, type RestOperation } from '../rest/routes.js';
import { belowBasePath } from './base-path.js';
import type { OperationContext } from './context.js';
import { load } from './load.js';
import { openApiDocument, type OpenApiDocument } from './openapi.js';
import { resolveOptions, systemClock, type RestHandlerOptions, type ResolvedOptions } from './options.js';
import { readAudit } from './read-audit.js';
import { readMember, readMemberCounts, readMembers, readOrgSubtree } from './read-pages.js';
import { HttpRefusal, noRoute, otherTenant, unauthenticated } from './refusals.js';
import { errorResponse, internalErrorResponse, jsonResponse } from './responses.js';
import { runCommand } from './run-command.js';

/** A WHATWG fetch handler: what Hono, Deno, Bun and workers take as is, and `toNodeListener` adapts for node:http. */
export type RestHandler = (request: Request) => Promise<Response>;

const tenantOperations: Record<Exclude<RestOperation, 'openApi'>, (context: OperationContext) => Promise<Response>> = {
  load,
  command: runCommand,
  readAudit,
  members: readMembers,
  member: readMember,
  orgSubtree: readOrgSubtree,
  memberCounts: readMemberCounts,
};

interface Server {
  readonly host: CommandHost;
  readonly policy: Policy;
  readonly options: ResolvedOptions;
  readonly openApi: () => Response;
}

/**
 * Serves the kit over HTTP, one authenticated tenant and actor per request:
 * `POST …/tenants/{tenant}/commands` runs a command (the only way to write),
 * `GET …/tenants/{tenant}/state` reads what the actor may see, `GET …/tenants/{tenant}/audit`
 * pages the audit log, `GET …/openapi.json` describes it all. The server keeps each tenant warm in
 * a `CommandHost`. Errors travel as the kit error's JSON with a status per kind; anything else is a bare 500.
 */
export function createRestHandler(store: Store, options: RestHandlerOptions): RestHandler {
  const resolved = resolveOptions(options);
  const policy = options.policy ?? createRolePolicy();
  const host = new CommandHost({ store, clock: options.clock ?? systemClock, policy });
  let document: OpenApiDocument | undefined;
  const openApi = (): Response => {
    document ??= openApiDocument({ ...resolved.openApi, basePath: resolved.basePath });
    return jsonResponse(document);
  };
  const server: Server = { host, policy, options: resolved, openApi };
  return async (request) => {
    try {
      return await route(server, request);
    } catch (error) {
      return failure(error, request, resolved);
    }
  };
}

async function route(server: Server, request: Request): Promise<Response> {
  const { options } = server;
  const url = new URL(request.url);
  const path = belowBasePath(url.pathname, options.basePath);
  const match = path === undefined ? undefined : matchRoute(request.method, path);
  if (!match) throw noRoute(request.method, url.pathname);
  if (match.operation === 'openApi') {
    if (options.openApi === false) throw noRoute(request.method, url.pathname);
    return server.openApi();
  }
  const identity = await options.authenticate(request);
  if (!identity) throw unauthenticated(match.operation, options.challenge);
  const tenant = match.tenant ?? '';
  assertTenant(tenant, server.host.store.tenantPattern);
  if (tenant !== identity.tenant) throw otherTenant(match.operation, tenant);
  const actor = parseContext({ actor: identity.actor, now: '' });
  if (!actor.ok) throw actor.error;
  return tenantOperations[match.operation]({
    host: server.host,
    policy: server.policy,
    options,
    request,
    url,
    tenant,
    actor: actor.value.actor,
    params: match.id === undefined ? {} : { id: match.id },
  });
}

function failure(error: unknown, request: Request, options: ResolvedOptions): Response {
  if (error instanceof HttpRefusal) return errorResponse(error.error, error.status, error.headers);
  if (isDangjianError(error)) return errorResponse(error);
  try {
    options.onError?.(error, request);
  } catch {
    // A failing error reporter must not turn a 500 into a crashed handler.
  }
  return internalErrorResponse();
}
