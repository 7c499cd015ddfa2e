import { MemoryStore } from '@dangjian/adapters/memory';
import { seedTenant, SimulatedClock, Workspace } from '@dangjian/core';
import { qinglongMembers, qinglongOrgs, qinglongTenant } from './qinglong.js';

/** The instant the demo stands at: stories must not depend on the day they are looked at. */
export const demoNow = '2026-11-23T09:00:00+08:00';

/**
 * A workspace over a fresh in-memory store seeded with the 青龙街道 tree: what a portal gets from
 * `Workspace.open` over its own store, without a server. Fresh per call, so stories that run
 * commands do not leak into each other.
 */
export async function openDemoWorkspace(): Promise<Workspace> {
  const store = new MemoryStore();
  await seedTenant(
    store,
    qinglongTenant,
    { orgs: qinglongOrgs, members: qinglongMembers },
    { actorId: 'demo-seed', at: demoNow },
  );
  return Workspace.open({
    store,
    tenant: qinglongTenant,
    clock: new SimulatedClock(demoNow),
    actor: { id: 'street-admin', name: '街道管理员' },
  });
}
