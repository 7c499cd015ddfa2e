import {
  createPost,
  formVolunteerTeam,
  recordVolunteerHours,
  registerInCommunity,
  type Volunteer,
  type Workspace,
} from '@dangjian/core';

// Built by core's commands on the small community (support/members.ts), as a community would.

type Outcome = { ok: true } | { ok: false; error: Error };

async function must(run: Promise<Outcome>): Promise<void> {
  const result = await run;
  if (!result.ok) throw result.error;
}

export const volunteerPeriod = { orgId: 'lj', from: '2026-11-01', to: '2026-12-01' } as const;

/**
 * 龙锦社区's volunteers: 李建国 reported to the community (双报到); 龙锦志愿服务队 led by 王秀英 with
 * 李建国 and two residents; a patrol team that declares 30 people without a roster. Hours: 李建国
 * 60 and 30 minutes, 张阿姨 90, all in November 2026, and 45 minutes on 31 October (before the period).
 */
export async function buildVolunteers(workspace: Workspace): Promise<void> {
  await must(
    workspace.run(registerInCommunity, {
      id: 'r-m2',
      memberId: 'm2',
      communityOrgId: 'lj',
      registeredOn: '2026-01-05',
    }),
  );
  await must(
    workspace.run(formVolunteerTeam, {
      id: 'lj-team',
      name: '龙锦志愿服务队',
      orgId: 'lj',
      leaderMemberId: 'm1',
      memberIds: ['m2'],
      residentNames: ['张阿姨', '李大爷'],
      formedOn: '2026-03-01',
    }),
  );
  await must(
    workspace.run(createPost, {
      id: 'lj-patrol',
      name: '义务巡防队',
      kind: 'volunteerTeam',
      orgId: 'lj',
      headcount: 30,
    }),
  );
  const m2: Volunteer = { kind: 'member', memberId: 'm2' };
  const rows: [string, Volunteer, string, number][] = [
    ['vh-1', m2, '2026-11-02', 60],
    ['vh-2', { kind: 'resident', name: '张阿姨' }, '2026-11-05', 90],
    ['vh-3', m2, '2026-11-20', 30],
    ['vh-0', m2, '2026-10-31', 45],
  ];
  for (const [id, volunteer, on, minutes] of rows) {
    await must(workspace.run(recordVolunteerHours, { id, volunteer, teamId: 'lj-team', on, minutes }));
  }
}
