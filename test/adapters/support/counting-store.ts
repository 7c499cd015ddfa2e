import { ConflictError, type Store } from '@dangjian/core';

/** A store that counts the commits it refused as stale: the collisions writers really had. */
export function countingConflicts(inner: Store): Store & { conflicts: number } {
  const store = {
    conflicts: 0,
    trusted: inner.trusted,
    load: (tenant: string) => inner.load(tenant),
    commit: (commit: Parameters<Store['commit']>[0]) =>
      inner.commit(commit).catch((error: unknown) => {
        if (error instanceof ConflictError) store.conflicts++;
        throw error;
      }),
    readAudit: (tenant: string, query?: Parameters<Store['readAudit']>[1]) => inner.readAudit(tenant, query),
    close: () => inner.close(),
  };
  return store;
}
