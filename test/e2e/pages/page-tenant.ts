import { createIndexedDbStore } from '@dangjian/adapters/indexeddb';
import { createPgliteStore } from '@dangjian/adapters/pglite';
import { seedTenant, Workspace, type Store } from '@dangjian/core';
import { generateTenant, type GeneratedTenant } from '../../../bench/generate.js';

/** The browser stores a page can open: PGlite in IndexedDB, or the IndexedDB store. */
export type StoreKind = 'pglite' | 'indexeddb';

const tenant = '320402';
const at = '2026-11-30T08:00:00.000Z';

/**
 * A generated street in a browser store, opened the way a portal does: the store, then a
 * workspace on it. The first open seeds the street's orgs (no members); a later page reopens what
 * an earlier one wrote. Shared by the pages the durability and fault tests drive from Node.
 */
export function pageTenant(actorId: string, members: number) {
  const street: GeneratedTenant = generateTenant(members);
  const actor = { id: actorId, roles: ['streetAdmin'] };
  let store: Store | undefined;
  let workspace: Workspace | undefined;
  return {
    tenant,
    street,
    async open(kind: StoreKind, name: string): Promise<number> {
      store =
        kind === 'pglite'
          ? await createPgliteStore({ dataDir: `idb://${name}` })
          : await createIndexedDbStore({ name });
      const { revision } = await store.load(tenant);
      if (revision === 0) await seedTenant(store, tenant, { orgs: street.records.orgs }, { actorId, at });
      workspace = await Workspace.open({ store, tenant, clock: { now: () => at }, actor });
      return workspace.revision;
    },
    workspace(): Workspace {
      if (!workspace) throw new Error('open() first');
      return workspace;
    },
    store(): Store {
      if (!store) throw new Error('open() first');
      return store;
    },
  };
}
