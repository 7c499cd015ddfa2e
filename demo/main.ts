import { createPgliteStore } from '@dangjian/adapters/pglite';
import '@dangjian/components/member-roster/define';
import '@dangjian/components/org-tree/define';
import '@dangjian/components/provider/define';
import type { DjMemberRoster, DjOrgSelectEvent, DjProvider } from '@dangjian/components';
import { isDangjianError, Workspace, seedTenant } from '@dangjian/core';
import { demoActor as actor, demoTenant as tenant } from './demo-tenant.js';
import { LoadingProgress } from './loading-progress.js';
import { openDemoDatabase } from './open-database.js';

/** The system clock lives here, at the edge: core only ever receives time. */
const systemClock = { now: () => new Date().toISOString() };

async function openDemo(progress: LoadingProgress): Promise<void> {
  // The embedded default store: PostgreSQL in wasm, kept in this browser's IndexedDB across reloads.
  const db = await openDemoDatabase(progress);
  const store = await createPgliteStore({ db });
  performance.mark('demo:storage');
  progress.enter('street');
  const { revision } = await store.load(tenant);
  if (revision === 0) {
    // A database saved before the street was (a first visit closed half way): seed it here, the slow way.
    const { demoRecords } = await import('./seed.js');
    await seedTenant(store, tenant, demoRecords(), { actorId: actor.id, at: systemClock.now() });
  }
  const workspace = await Workspace.open({ store, tenant, clock: systemClock, actor });
  performance.mark('demo:street');
  progress.enter('rows');
  document.querySelector<DjProvider>('#provider')!.workspace = workspace;
  // Composition the portal's way: the tree's selection filters the roster.
  const roster = document.querySelector<DjMemberRoster>('dj-member-roster')!;
  document.querySelector('dj-org-tree')!.addEventListener('dj-org-select', (event) => {
    roster.org = (event as DjOrgSelectEvent).orgId;
  });
  // The portal takes the bar's place in the frame that draws the roster's first rows.
  document.querySelector<HTMLElement>('#portal')!.hidden = false;
  progress.done();
  await roster.updateComplete;
  performance.mark('demo:rows');
  const status = document.querySelector<HTMLElement>('#status')!;
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

const progress = new LoadingProgress();
openDemo(progress).catch((error: unknown) => {
  progress.failed(`打开失败：${describeError(error)}`);
  throw error;
});
