import { MemoryStore } from '@dangjian/adapters/memory';
import type { Store } from '@dangjian/core';
import type { StoreTarget } from '../conformance/target.js';

/** A memory store cannot be emptied in place, so each test gets a fresh one behind a stable facade. */
export const memoryTarget: StoreTarget = (() => {
  let current = new MemoryStore();
  const facade: Store = {
    load: (tenant) => current.load(tenant),
    commit: (commit) => current.commit(commit),
    readAudit: (tenant, query) => current.readAudit(tenant, query),
    close: () => current.close(),
  };
  return {
    name: 'memory',
    open: async () => facade,
    reset: async () => {
      current = new MemoryStore();
    },
    close: (store) => store.close(),
  };
})();
