import { MemoryStore } from '@dangjian/adapters/memory';
import type { DjProvider } from '@dangjian/components';
import {
  seedTenant,
  SimulatedClock,
  snapshotToRecords,
  Workspace,
  type EntityRecords,
  type Snapshot,
} from '@dangjian/core';
import { memberOrgs, rosterAsOf, someMembers } from './members.js';
import { mount } from './tree.js';

export const tenant = '320402';

export interface WorkspaceOptions {
  readonly tenant?: string;
  /** The instant the records are seeded at and the workspace's clock stands at. */
  readonly at?: string;
  readonly actor?: { readonly id: string; readonly name?: string };
}

/** A workspace over a fresh in-memory store, seeded with the given records (by default the small community). */
export async function openWorkspace(
  records: EntityRecords = { orgs: memberOrgs, members: someMembers },
  options: WorkspaceOptions = {},
): Promise<{ workspace: Workspace; store: MemoryStore }> {
  const store = new MemoryStore();
  const at = options.at ?? `${rosterAsOf}T09:00:00+08:00`;
  const tenantId = options.tenant ?? tenant;
  await seedTenant(store, tenantId, records, { actorId: 'test-seed', at });
  const workspace = await Workspace.open({
    store,
    tenant: tenantId,
    clock: new SimulatedClock(at),
    actor: options.actor ?? { id: 'street-admin', name: '街道管理员' },
  });
  return { workspace, store };
}

/** A `<dj-provider>` in the page handing `workspace` to the elements put inside it. */
export async function mountProvider(workspace: Workspace): Promise<DjProvider> {
  const provider = document.createElement('dj-provider');
  provider.workspace = workspace;
  return mount(provider);
}

/** A workspace seeded with a snapshot's records under its own tenant, handed down by a `<dj-provider>` in the page. */
export async function provideSnapshot(
  snapshot: Snapshot,
  at = '2026-11-23T01:00:00Z',
): Promise<{ workspace: Workspace; provider: DjProvider }> {
  const records = snapshotToRecords(snapshot);
  const { workspace } = await openWorkspace(records, { tenant: snapshot.tenant, at, actor: { id: 'admin' } });
  return { workspace, provider: await mountProvider(workspace) };
}
