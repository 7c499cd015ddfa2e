import { createPgliteStore } from '@dangjian/adapters/pglite';
import '@dangjian/components/member-roster/define';
import '@dangjian/components/org-tree/define';
import '@dangjian/components/provider/define';
import type { DjMemberRoster, DjOrgSelectEvent, DjProvider } from '@dangjian/components';
import { isDangjianError, Workspace, seedTenant } from '@dangjian/core';
import { demoRecords } from './seed.js';

/** The system clock lives here, at the edge: core only ever receives time. */
const systemClock = { now: () => new Date().toISOString() };
const tenant = '320402';
const actor = { id: 'demo-admin', name: '街道管理员', roles: ['streetAdmin'] };

async function openDemo(): Promise<void> {
  const status = document.querySelector<HTMLElement>('#status')!;
  // The embedded default store: PostgreSQL in wasm, kept in this browser's IndexedDB across reloads.
  const store = await createPgliteStore({ dataDir: 'idb://dangjian-demo' });
  const { revision } = await store.load(tenant);
  if (revision === 0) await seedTenant(store, tenant, demoRecords(), { actorId: actor.id, at: systemClock.now() });
  const workspace = await Workspace.open({ store, tenant, clock: systemClock, actor });
  document.querySelector<DjProvider>('#provider')!.workspace = workspace;
  // Composition the portal's way: the tree's selection filters the roster.
  const roster = document.querySelector<DjMemberRoster>('dj-member-roster')!;
  document.querySelector('dj-org-tree')!.addEventListener('dj-org-select', (event) => {
    roster.org = (event as DjOrgSelectEvent).orgId;
  });
  const showStatus = (): void => {
    status.textContent = `已载入 ${workspace.snapshot.orgs.size} 个党组织、${workspace.snapshot.members.size} 名党员（版本 ${workspace.revision}）`;
  };
  showStatus();
  // A move in the tree is a saved revision: the line says which one the page shows.
  workspace.subscribe(showStatus);
}

/** The kit's errors carry their own zh-CN text (a blocked CSP says what to add); others their message. */
const describeError = (error: unknown): string =>
  isDangjianError(error) ? error.messageIn('zh-CN') : error instanceof Error ? error.message : String(error);

openDemo().catch((error: unknown) => {
  const status = document.querySelector<HTMLElement>('#status')!;
  status.textContent = `打开失败：${describeError(error)}`;
  status.setAttribute('role', 'alert');
  throw error;
});
