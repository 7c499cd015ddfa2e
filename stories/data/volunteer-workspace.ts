import { MemoryStore } from '@dangjian/adapters/memory';
import { seedTenant, SimulatedClock, Workspace } from '@dangjian/core';
import { memberOrgs, someMembers } from '../../test/components/support/members.js';
import { buildVolunteers, volunteerPeriod } from '../../test/components/support/volunteer-fixture.js';

export { volunteerPeriod };

/**
 * 龙锦社区's volunteer teams and November 2026 hours, built by core's commands (see
 * test/components/support/volunteer-fixture.ts). Fresh per call, so a story that records hours
 * does not leak into the next.
 */
export async function openVolunteerWorkspace(): Promise<Workspace> {
  const store = new MemoryStore();
  const at = '2026-11-23T09:00:00+08:00';
  await seedTenant(store, '320402', { orgs: memberOrgs, members: someMembers }, { actorId: 'demo-seed', at });
  const workspace = await Workspace.open({
    store,
    tenant: '320402',
    clock: new SimulatedClock(at),
    actor: { id: 'community-staff', name: '社区工作人员' },
  });
  await buildVolunteers(workspace);
  return workspace;
}
