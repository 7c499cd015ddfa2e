import { MemoryStore } from '@dangjian/adapters/memory';
import { seedTenant, SimulatedClock, Workspace } from '@dangjian/core';
import {
  buildActivistAtStep6,
  buildNovemberMonth,
  developmentProcessId,
  duesMonthId,
} from '../../test/components/support/dues-fixture.js';
import { memberOrgs, someMembers } from '../../test/components/support/members.js';

export { developmentProcessId, duesMonthId };

/**
 * 龙锦第一党支部, everything built by core's commands: its November 2026 dues month (王秀英 paid,
 * 李建国 owing, 赵文 deferred) and 陈思远's development process, an activist at step 6. Fresh per
 * call, so a story that pays or records a step does not leak into the next.
 */
export async function openDuesWorkspace(): Promise<Workspace> {
  const store = new MemoryStore();
  const at = '2026-11-23T09:00:00+08:00';
  await seedTenant(store, '320402', { orgs: memberOrgs, members: someMembers }, { actorId: 'demo-seed', at });
  const workspace = await Workspace.open({
    store,
    tenant: '320402',
    clock: new SimulatedClock(at),
    actor: { id: 'branch-secretary', name: '支部书记' },
  });
  await buildNovemberMonth(workspace);
  await buildActivistAtStep6(workspace);
  return workspace;
}
