import { createRestBackend } from '@dangjian/adapters/rest';
import {
  createRestHandler,
  toNodeListener,
  type RestHandler,
  type RestHandlerOptions,
} from '@dangjian/adapters/rest-handler';
import { Workspace, type Actor, type Backend, type Store } from '@dangjian/core';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The test credentials: which tenant, actor, roles and scope a request is for. A real portal
 * verifies a token and looks these up; tests state them in headers.
 */
export const tenantHeader = 'x-test-tenant';
export const actorHeader = 'x-test-actor';
export const rolesHeader = 'x-test-roles';
export const orgHeader = 'x-test-org';
export const memberHeader = 'x-test-member';

export interface TestIdentity {
  readonly tenant: string;
  readonly id: string;
  readonly roles?: readonly string[];
  readonly orgId?: string;
  readonly memberId?: string;
}

export const headerAuthenticate: RestHandlerOptions['authenticate'] = (request) => {
  const tenant = request.headers.get(tenantHeader);
  const id = request.headers.get(actorHeader);
  if (!tenant || !id) return undefined;
  const roles = request.headers.get(rolesHeader)?.split(',').filter(Boolean) ?? [];
  const orgId = request.headers.get(orgHeader);
  const memberId = request.headers.get(memberHeader);
  return { tenant, actor: { id, roles, ...(orgId && { orgId }), ...(memberId && { memberId }) } };
};

export function credentials(identity: TestIdentity): Record<string, string> {
  return {
    [tenantHeader]: identity.tenant,
    [actorHeader]: identity.id,
    ...(identity.roles && { [rolesHeader]: identity.roles.join(',') }),
    ...(identity.orgId && { [orgHeader]: identity.orgId }),
    ...(identity.memberId && { [memberHeader]: identity.memberId }),
  };
}

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>/api` */
  readonly url: string;
  close(): Promise<void>;
}

/** The handler for `store`, as the loopback server mounts it: under `/api`, with the test credentials. */
export function testHandler(store: Store, options: Partial<RestHandlerOptions> = {}): RestHandler {
  return createRestHandler(store, { authenticate: headerAuthenticate, basePath: '/api', ...options });
}

/** The handler on a real node:http server on loopback, at a free port, under `/api`. */
export async function serveOnLoopback(
  store: Store,
  options: Partial<RestHandlerOptions> = {},
): Promise<LoopbackServer> {
  return serveHandler(testHandler(store, options));
}

export async function serveHandler(handler: RestHandler): Promise<LoopbackServer> {
  const server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/api`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A REST backend logged in as one identity. */
export function backendFor(url: string, identity: TestIdentity): Backend {
  return createRestBackend({ baseUrl: url, headers: credentials(identity) });
}

/** A workspace over REST, logged in as one identity (the actor it names is only for display). */
export function remoteWorkspace(url: string, identity: TestIdentity): Promise<Workspace> {
  const actor: Actor = { id: identity.id, roles: [...(identity.roles ?? [])] };
  return Workspace.open({ backend: backendFor(url, identity), tenant: identity.tenant, actor });
}

export type RestHandlerLike = RestHandler;
