import type { Actor, Backend, Clock, Store } from '@dangjian/core';
import { CommandHost, createRolePolicy, localBackend } from '@dangjian/core';
import type { StoreTarget } from './target.js';
import { backendFor, serveOnLoopback, type LoopbackServer } from '../targets/rest-server.js';

/** What the backend suite runs against: a way to get a backend for an actor, over a store it can inspect. */
export interface BackendTarget {
  readonly name: string;
  open(clock: Clock): Promise<{ store: Store; backendFor(actor: Actor & { tenant: string }): Backend }>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** Commands decided in this process: a CommandHost (with the kit's roles) over the target's store. */
export function localTarget(stores: StoreTarget): BackendTarget {
  let store: Store | undefined;
  let clock: Clock | undefined;
  return {
    name: `local → ${stores.name}`,
    async open(given) {
      clock = given;
      store = await stores.open();
      return {
        store,
        // A host per backend, as each browser tab or server process has its own.
        backendFor: () => localBackend(new CommandHost({ store: store!, clock: clock!, policy: createRolePolicy() })),
      };
    },
    reset: () => stores.reset(store!),
    close: () => stores.close(store!),
  };
}

/** Commands sent over HTTP to the REST handler on loopback, in front of the target's store. */
export function restTarget(stores: StoreTarget): BackendTarget {
  let store: Store | undefined;
  let clock: Clock | undefined;
  let server: LoopbackServer | undefined;
  return {
    name: `rest → ${stores.name}`,
    async open(given) {
      clock = given;
      store = await stores.open();
      server = await serveOnLoopback(store, { clock });
      return {
        store,
        backendFor: ({ tenant, id, roles = [], orgId, memberId }) =>
          backendFor(server!.url, { tenant, id, roles, ...(orgId && { orgId }), ...(memberId && { memberId }) }),
      };
    },
    // A server keeps its tenants warm: a store emptied under it is a new server's, as after a restart.
    async reset() {
      await stores.reset(store!);
      await server!.close();
      server = await serveOnLoopback(store!, { clock: clock! });
    },
    async close() {
      await server?.close();
      await stores.close(store!);
    },
  };
}
