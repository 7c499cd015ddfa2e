import { MemoryStore } from '@dangjian/adapters/memory';
import { seedTenant, SimulatedClock, Workspace, type EntityRecords } from '@dangjian/core';
import { memberOrgs, rosterAsOf, someMembers } from './members.js';

export const tenant = '320402';

/** A workspace over a fresh in-memory store, seeded with the given records (by default the small community). */
export async function openWorkspace(
  records: EntityRecords = { orgs: memberOrgs, members: someMembers },
): Promise<{ workspace: Workspace; store: MemoryStore }> {
  const store = new MemoryStore();
  const at = `${rosterAsOf}T09:00:00+08:00`;
  await seedTenant(store, tenant, records, { actorId: 'test-seed', at });
  const workspace = await Workspace.open({
    store,
    tenant,
    clock: new SimulatedClock(at),
    actor: { id: 'street-admin', name: '街道管理员' },
  });
  return { workspace, store };
}
