import { createRestStore } from '@dangjian/adapters/rest';
import {
  createRestHandler,
  toNodeListener,
  type RestHandler,
  type RestHandlerOptions,
} from '@dangjian/adapters/rest-handler';
import type { Store } from '@dangjian/core';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The test credentials: which tenant and which actor a request is for. A real portal verifies a token instead. */
export const tenantHeader = 'x-test-tenant';
export const actorHeader = 'x-test-actor';

export const headerAuthenticate: RestHandlerOptions['authenticate'] = (request) => {
  const tenant = request.headers.get(tenantHeader);
  const actorId = request.headers.get(actorHeader);
  return tenant && actorId ? { tenant, actorId } : undefined;
};

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
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A REST client logged in as one actor of one tenant. */
export function clientFor(url: string, tenant: string, actorId: string): Store {
  return createRestStore({ baseUrl: url, headers: { [tenantHeader]: tenant, [actorHeader]: actorId } });
}

/**
 * One `Store` over several REST clients, each logged in as one tenant and actor: the conformance
 * suite drives two tenants through one store, while the server still binds every request to the
 * single tenant its credentials name. A commit goes out as the actor its audit record names, as a
 * portal's browser would be logged in as the workspace's actor.
 */
export function clientsByTenant(url: string, reader = 'reader'): Store {
  const clients = new Map<string, Store>();
  const client = (tenant: string, actorId: string): Store => {
    const key = `${tenant}\u0000${actorId}`;
    if (!clients.has(key)) clients.set(key, clientFor(url, tenant, actorId));
    return clients.get(key)!;
  };
  return {
    load: (tenant) => client(tenant, reader).load(tenant),
    commit: (commit) => client(commit.tenant, commit.audit.actorId).commit(commit),
    readAudit: (tenant, query) => client(tenant, reader).readAudit(tenant, query),
    close: async () => {
      await Promise.all([...clients.values()].map((store) => store.close()));
    },
  };
}
