import { MemoryStore } from '@dangjian/adapters/memory';
import { awardPoints, recordMeeting, seedTenant, SimulatedClock, Workspace } from '@dangjian/core';
import { memberOrgs, someMembers } from './members.js';

// 龙锦社区's 2026 points, built by core's commands as a branch would, scored by the kit's default scheme.

export const pointsAsOf = '2026-11-23';

type Outcome = { ok: true } | { ok: false; error: Error };

async function must(run: Promise<Outcome>): Promise<void> {
  const result = await run;
  if (!result.ok) throw result.error;
}

const themeDay = (id: string, heldOn: string, memberIds: readonly string[]) => ({
  id,
  orgId: 'lj-b1',
  kind: 'themeDay' as const,
  heldOn,
  topic: `主题党日 ${heldOn}`,
  attendance: memberIds.map((memberId) => ({ memberId, mode: 'onSite' as const })),
});

/**
 * 两次主题党日 in March (李建国 at both: the second is over the month's cap of 3), a group meeting
 * in April, and 5 points by hand for 李建国's census work. 王秀英 is over 70: listed, not ranked.
 * The actor is the street's admin, whom the default scheme names as an awarder.
 */
export async function openPointsWorkspace(): Promise<Workspace> {
  const store = new MemoryStore();
  const at = `${pointsAsOf}T09:00:00+08:00`;
  await seedTenant(store, '320402', { orgs: memberOrgs, members: someMembers }, { actorId: 'demo-seed', at });
  const workspace = await Workspace.open({
    store,
    tenant: '320402',
    clock: new SimulatedClock(at),
    actor: { id: 'street-admin', name: '街道管理员', roles: ['streetAdmin'], orgId: 'street' },
  });
  await must(workspace.run(recordMeeting, themeDay('td-03-05', '2026-03-05', ['m1', 'm2', 'm3'])));
  await must(workspace.run(recordMeeting, themeDay('td-03-20', '2026-03-20', ['m2'])));
  await must(
    workspace.run(recordMeeting, {
      id: 'gm-04-10',
      orgId: 'lj-g1',
      kind: 'groupMeeting',
      heldOn: '2026-04-10',
      topic: '网格党小组学习',
      attendance: [
        { memberId: 'm2', mode: 'onSite' },
        { memberId: 'm3', mode: 'online' },
      ],
    }),
  );
  await must(
    workspace.run(awardPoints, {
      id: 'pa-census',
      memberId: 'm2',
      itemId: 'task.assigned',
      points: 5,
      reason: '协助社区完成人口普查入户登记',
      on: '2026-06-01',
    }),
  );
  return workspace;
}
