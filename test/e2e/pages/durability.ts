import { importMembers, moveOrg } from '@dangjian/core';
import { pageTenant, type StoreKind } from './page-tenant.js';

/**
 * A page the durability test drives from Node: it opens a store the way a portal does, runs
 * commands through a workspace, and reports what the store holds. The test closes the page
 * right after a command resolves and reads the store back from a fresh page.
 */
export type { StoreKind };

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

const page = pageTenant('durability-test', 10_000);
const { tenant, street } = page;
const opened = page.workspace;

async function revisionOf<R>(run: Promise<{ ok: true; value: { revision: number } } | { ok: false; error: R }>) {
  const result = await run;
  if (!result.ok) throw result.error;
  return result.value.revision;
}

window.durability = {
  open: page.open,
  move: (orgId, parentId) => revisionOf(opened().run(moveOrg, { orgId, parentId })),
  importMembers: (count) =>
    revisionOf(opened().run(importMembers, { members: street.records.members.slice(0, count) })),
  async stored() {
    const state = await page.store().load(tenant);
    const parents = Object.fromEntries((state.records.orgs ?? []).map((org) => [org.id, org.parentId]));
    return { revision: state.revision, parents, members: state.records.members?.length ?? 0 };
  },
};
document.querySelector('#status')!.textContent = 'ready';
