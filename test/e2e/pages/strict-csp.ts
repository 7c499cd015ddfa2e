import { createIndexedDbStore } from '@dangjian/adapters/indexeddb';
import { MemoryStore } from '@dangjian/adapters/memory';
import '@dangjian/components/conference-roster/define';
import '@dangjian/components/contact-card/define';
import '@dangjian/components/coverage-board/define';
import '@dangjian/components/import-dialog/define';
import '@dangjian/components/member-card/define';
import '@dangjian/components/member-roster/define';
import '@dangjian/components/org-tree/define';
import '@dangjian/components/provider/define';
import '@dangjian/components/registration-form/define';
import type { DjMemberRoster, DjOrgTree, DjProvider } from '@dangjian/components';
import { moveOrg, seedTenant, Workspace, type Store } from '@dangjian/core';
import { generateTenant } from '../../../bench/generate.js';

/**
 * Served under `script-src 'self'` (no eval, no wasm): every element is defined, and a portal's
 * composition (provider, tree, roster) runs on the memory and the IndexedDB store, with a
 * command through the workspace. The test reads the outcome and the console's CSP reports.
 */
export interface StrictCspOutcome {
  readonly store: string;
  readonly treeRows: number;
  readonly rosterRows: string | null;
  readonly revisionAfterMove: number;
  readonly movedParent: string | null | undefined;
}

declare global {
  interface Window {
    strictCsp: { run(store: 'memory' | 'indexeddb'): Promise<StrictCspOutcome> };
  }
}

const tenant = '320402';
const at = '2026-11-30T08:00:00.000Z';
const street = generateTenant(300);

const openStore = (kind: 'memory' | 'indexeddb'): Promise<Store> =>
  kind === 'memory'
    ? Promise.resolve(new MemoryStore())
    : createIndexedDbStore({ name: `dj-strict-csp-${Date.now()}` });

async function mount(workspace: Workspace): Promise<{ tree: DjOrgTree; roster: DjMemberRoster }> {
  const stage = document.querySelector('#stage')!;
  stage.replaceChildren();
  const provider = document.createElement('dj-provider') as DjProvider;
  provider.workspace = workspace;
  const tree = document.createElement('dj-org-tree');
  tree.movable = true;
  const roster = document.createElement('dj-member-roster');
  provider.append(tree, roster);
  stage.append(provider);
  await tree.updateComplete;
  await roster.updateComplete;
  return { tree, roster };
}

window.strictCsp = {
  async run(kind) {
    const store = await openStore(kind);
    await seedTenant(store, tenant, street.records, { actorId: 'csp-test', at });
    const workspace = await Workspace.open({ store, tenant, clock: { now: () => at }, actor: { id: 'csp-test' } });
    const { tree, roster } = await mount(workspace);
    tree.expandAll();
    const moved = await workspace.run(moveOrg, { orgId: 'c0b0', parentId: 'street' });
    if (!moved.ok) throw moved.error;
    await tree.updateComplete;
    await new Promise(requestAnimationFrame);
    const outcome = {
      store: kind,
      treeRows: tree.shadowRoot!.querySelectorAll('[role="treeitem"]').length,
      rosterRows: roster.shadowRoot!.querySelector('[role="grid"]')?.getAttribute('aria-rowcount') ?? null,
      revisionAfterMove: moved.value.revision,
      movedParent: (await store.load(tenant)).records.orgs?.find((org) => org.id === 'c0b0')?.parentId,
    };
    await store.close();
    return outcome;
  },
};
document.querySelector('#status')!.textContent = 'ready';
