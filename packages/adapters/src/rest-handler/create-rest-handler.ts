import { isDangjianError, type Store } from '@dangjian/core';
import { matchRoute, type RestOperation } from '../rest/routes.js';
import { belowBasePath } from './base-path.js';
import { commit } from './commit.js';
import type { OperationContext } from './context.js';
import { load } from './load.js';
import { openApiDocument, type OpenApiDocument } from './openapi.js';
import { resolveOptions, type RestHandlerOptions, type ResolvedOptions } from './options.js';
import { readAudit } from './read-audit.js';
import { HttpRefusal, noRoute, otherTenant, unauthenticated } from './refusals.js';
import { errorResponse, internalErrorResponse, jsonResponse } from './responses.js';

/** A WHATWG fetch handler: what Hono, Deno, Bun and workers take as is, and `toNodeListener` adapts for node:http. */
export type RestHandler = (request: Request) => Promise<Response>;

const tenantOperations: Record<Exclude<RestOperation, 'openApi'>, (context: OperationContext) => Promise<Response>> = {
  load,
  commit,
  readAudit,
};

/**
 * Serves a `Store` over HTTP, one authenticated tenant per request: `GET …/tenants/{tenant}/state`,
 * `POST …/tenants/{tenant}/commits`, `GET …/tenants/{tenant}/audit`, and `GET …/openapi.json`.
 * Errors travel as the kit error's JSON with a status per kind; anything else is a bare 500.
 */
export function createRestHandler(store: Store, options: RestHandlerOptions): RestHandler {
  const resolved = resolveOptions(options);
  let document: OpenApiDocument | undefined;
  const openApi = (): Response => {
    document ??= openApiDocument({ ...resolved.openApi, basePath: resolved.basePath });
    return jsonResponse(document);
  };
  return async (request) => {
    try {
      return await route(store, resolved, request, openApi);
    } catch (error) {
      return failure(error, request, resolved);
    }
  };
}

async function route(
  store: Store,
  options: ResolvedOptions,
  request: Request,
  openApi: () => Response,
): Promise<Response> {
  const url = new URL(request.url);
  const path = belowBasePath(url.pathname, options.basePath);
  const match = path === undefined ? undefined : matchRoute(request.method, path);
  if (!match) throw noRoute(request.method, url.pathname);
  if (match.operation === 'openApi') {
    if (options.openApi === false) throw noRoute(request.method, url.pathname);
    return openApi();
  }
  const identity = await options.authenticate(request);
  if (!identity) throw unauthenticated(match.operation, options.challenge);
  if (match.tenant !== identity.tenant) throw otherTenant(match.operation, match.tenant ?? '');
  return tenantOperations[match.operation]({ store, options, request, url, identity });
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
