import type { Store } from '@dangjian/core';
import type { StoreTarget } from '../conformance/target.js';
import { clientsByTenant, serveOnLoopback, type LoopbackServer } from './rest-server.js';

/** The conformance suite through HTTP: the handler on loopback in front of `backend`'s store. */
export function restTarget(backend: StoreTarget): StoreTarget {
  let backing: Store | undefined;
  let server: LoopbackServer | undefined;
  return {
    name: `rest → ${backend.name}`,
    open: async () => {
      backing = await backend.open();
      server = await serveOnLoopback(backing);
      return clientsByTenant(server.url);
    },
    reset: () => backend.reset(backing!),
    close: async (store) => {
      await store.close();
      await server?.close();
      await backend.close(backing!);
    },
  };
}
