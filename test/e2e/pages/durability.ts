import { createIndexedDbStore } from '@dangjian/adapters/indexeddb';
import { createPgliteStore } from '@dangjian/adapters/pglite';
import { importMembers, moveOrg, seedTenant, Workspace, type Store } from '@dangjian/core';
import { generateTenant } from '../../../bench/generate.js';

/**
 * A page the durability test drives from Node: it opens a store the way a portal does, runs
 * commands through a workspace, and reports what the store holds. The test closes the page
 * right after a command resolves and reads the store back from a fresh page.
 */
export type StoreKind = 'pglite' | 'indexeddb';

export interface DurabilityPage {
  /** Opens the store and its workspace; seeds the street's orgs (no members) on first use. */
  open(kind: StoreKind, name: string): Promise<number>;
  move(orgId: string, parentId: string): Promise<number>;
  importMembers(count: number): Promise<number>;
  /** What the store holds now, read straight from it (not from the workspace's snapshot). */
  stored(): Promise<{ revision: number; parents: Record<string, string | null>; members: number }>;
}

declare global {
  interface Window {
    durability: DurabilityPage;
  }
}

const tenant = '320402';
const at = '2026-11-30T08:00:00.000Z';
const actor = { id: 'durability-test', roles: ['streetAdmin'] };
const street = generateTenant(10_000);
let store: Store | undefined;
let workspace: Workspace | undefined;

const opened = (): Workspace => {
  if (!workspace) throw new Error('open() first');
  return workspace;
};

const openStore = (kind: StoreKind, name: string): Promise<Store> =>
  kind === 'pglite' ? createPgliteStore({ dataDir: `idb://${name}` }) : createIndexedDbStore({ name });

async function revisionOf<R>(run: Promise<{ ok: true; value: { revision: number } } | { ok: false; error: R }>) {
  const result = await run;
  if (!result.ok) throw result.error;
  return result.value.revision;
}

window.durability = {
  async open(kind, name) {
    store = await openStore(kind, name);
    const { revision } = await store.load(tenant);
    if (revision === 0) await seedTenant(store, tenant, { orgs: street.records.orgs }, { actorId: actor.id, at });
    workspace = await Workspace.open({ store, tenant, clock: { now: () => at }, actor });
    return workspace.revision;
  },
  move: (orgId, parentId) => revisionOf(opened().run(moveOrg, { orgId, parentId })),
  importMembers: (count) =>
    revisionOf(opened().run(importMembers, { members: street.records.members.slice(0, count) })),
  async stored() {
    const state = await store!.load(tenant);
    const parents = Object.fromEntries((state.records.orgs ?? []).map((org) => [org.id, org.parentId]));
    return { revision: state.revision, parents, members: state.records.members?.length ?? 0 };
  },
};
document.querySelector('#status')!.textContent = 'ready';
