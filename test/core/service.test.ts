import {
  createRolePolicy,
  execute,
  ForbiddenError,
  snapshotToRecords,
  liveServiceClaims,
  snapshotFromRecords,
  volunteerReport,
  yearlyServiceReport,
  type Snapshot,
  type VolunteerHours,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';

// 双报到 service: projects with a capacity the commands enforce, volunteer teams and their confirmed
// hours (kept in step with each registration's serviceMinutes), the volunteer report, and the yearly
// 双报告 summarised line by line and sent from that summary.

const at = (day: string) => `${day}T02:00:00.000Z`;
const staff = (day = '2026-03-01') => ({ actor: { id: 'staff', roles: [] }, now: at(day) });
const asMember = (memberId: string, day = '2026-03-01') => ({
  actor: { id: `${memberId}-account`, roles: [], memberId },
  now: at(day),
});

function run(snapshot: Snapshot, type: string, input: unknown, ctx = staff()): Snapshot {
  const result = execute(snapshot, type, input, ctx);
  if (!result.ok) throw result.error;
  return result.value.snapshot;
}

/** The scoped street with m1, m2 and m3 reported to c1 (双报到), m4 not; a team of c1 led by m1. */
function street(): Snapshot {
  let snapshot = snapshotFromRecords(scopedTenant, 1, scopedRecords);
  for (const memberId of ['m1', 'm2', 'm3']) {
    snapshot = run(snapshot, 'member.registerInCommunity', {
      id: `r-${memberId}`,
      memberId,
      communityOrgId: 'c1',
      registeredOn: '2026-01-05',
      ...(memberId === 'm2' && { serviceMinutes: 120, employerOrgName: '区财政局机关党支部' }),
    });
  }
  snapshot = run(snapshot, 'volunteer.formTeam', {
    id: 'team',
    name: '紫云苑志愿服务队',
    orgId: 'c1',
    leaderMemberId: 'm1',
    memberIds: ['m2', 'm3'],
    residentNames: ['张阿姨', '李大爷'],
    formedOn: '2026-01-10',
  });
  return run(snapshot, 'service.offer', {
    id: 'meals',
    communityOrgId: 'c1',
    name: '助老送餐',
    kind: 'project',
    capacity: 2,
    from: '2026-01-01',
    until: '2026-12-31',
  });
}

const member = (memberId: string) => ({ kind: 'member' as const, memberId });

describe('service projects (双报到)', () => {
  it('take registered members up to their capacity; a place given up is free again', () => {
    let snapshot = run(street(), 'service.join', { projectId: 'meals', claimId: 'a', claimant: member('m1') });
    snapshot = run(snapshot, 'service.join', { projectId: 'meals', claimId: 'b', claimant: member('m2') });
    const full = execute(
      snapshot,
      'service.join',
      { projectId: 'meals', claimId: 'c', claimant: member('m3') },
      staff(),
    );
    expect(!full.ok && full.error.rule?.id).toBe('service.capacity');
    expect(!full.ok && full.error.text.en).toBe('"助老送餐" is full (2 places)');
    snapshot = run(
      snapshot,
      'service.leave',
      { projectId: 'meals', claimant: member('m1') },
      asMember('m1', '2026-04-01'),
    );
    snapshot = run(snapshot, 'service.join', { projectId: 'meals', claimId: 'c', claimant: member('m3') });
    expect(liveServiceClaims(snapshot.serviceProjects.get('meals')!).map((claim) => claim.id)).toEqual(['b', 'c']);
    expect(snapshot.serviceProjects.get('meals')!.claims.find((claim) => claim.id === 'a')!.leftOn).toBe('2026-04-01');
  });

  it('refuse a member not registered in the community, a claim in another’s name, and a claim after the last day', () => {
    const snapshot = street();
    const unregistered = execute(
      snapshot,
      'service.join',
      { projectId: 'meals', claimId: 'x', claimant: member('m4') },
      staff(),
    );
    expect(!unregistered.ok && unregistered.error.rule?.id).toBe('service.claimantRegistered');
    const other = execute(
      snapshot,
      'service.join',
      { projectId: 'meals', claimId: 'x', claimant: member('m2') },
      asMember('m1'),
    );
    expect(!other.ok && other.error.rule?.id).toBe('service.claimForOneself');
    // 2026-12-31T16:00Z is already 1 January 2027 in Shanghai.
    const late = { actor: { id: 'staff', roles: [] }, now: '2026-12-31T16:00:00.000Z' };
    const after = execute(snapshot, 'service.join', { projectId: 'meals', claimId: 'x', claimant: member('m2') }, late);
    expect(!after.ok && after.error.rule?.id).toBe('service.withinPeriod');
    const lastDay = { actor: { id: 'staff', roles: [] }, now: '2026-12-31T15:59:00.000Z' };
    expect(
      execute(snapshot, 'service.join', { projectId: 'meals', claimId: 'x', claimant: member('m2') }, lastDay).ok,
    ).toBe(true);
  });

  it('take a unit org that reported, in its own name; community staff record any claim; the role rules agree', () => {
    const unitOrg = { kind: 'unitOrg' as const, orgId: 'b3' };
    const withUnit = snapshotFromRecords(scopedTenant, 1, {
      ...snapshotToRecords(street()),
      units: [
        { id: 'u1', name: '区税务局', kind: 'agency', communityOrgId: 'c1', orgId: 'b3', formation: 'standalone' },
      ],
      unitRegistrations: [{ id: 'ur1', unitId: 'u1', communityOrgId: 'c1', registeredOn: '2026-01-05' }],
    });
    const asUnit = { actor: { id: 'unit-1', roles: ['unitOrg'], orgId: 'b3' }, now: at('2026-03-01') };
    const asCommunity = {
      actor: { id: 'c1-staff', roles: ['communityCommittee'], orgId: 'c1' },
      now: at('2026-03-01'),
    };
    const own = execute(withUnit, 'service.join', { projectId: 'meals', claimId: 'u', claimant: unitOrg }, asUnit);
    expect(own.ok).toBe(true);
    const other = { kind: 'unitOrg' as const, orgId: 'b2' };
    const forOther = execute(withUnit, 'service.join', { projectId: 'meals', claimId: 'u', claimant: other }, asUnit);
    expect(!forOther.ok && [forOther.error.rule?.id, forOther.error.field]).toEqual([
      'service.claimForOneself',
      'claimant.orgId',
    ]);
    // b2's unit never reported to c1: staff may record the claim, and core refuses it for that reason.
    const byStaff = execute(
      withUnit,
      'service.join',
      { projectId: 'meals', claimId: 'u', claimant: other },
      asCommunity,
    );
    expect(!byStaff.ok && byStaff.error.rule?.id).toBe('service.claimantRegistered');
    expect(
      execute(withUnit, 'service.join', { projectId: 'meals', claimId: 'u', claimant: unitOrg }, asCommunity).ok,
    ).toBe(true);
    const policy = createRolePolicy();
    const ask = (
      ctx: { actor: { id: string; roles: string[]; orgId?: string; memberId?: string }; now: string },
      command: string,
    ) =>
      policy.authorize({
        ctx,
        command,
        input: {},
        snapshot: withUnit,
        subject: { collection: 'serviceProjects', id: 'meals' },
      });
    expect(ask(asUnit, 'service.join')).toBeUndefined();
    expect(ask(asUnit, 'service.offer')).toBeInstanceOf(ForbiddenError);
    expect(
      ask({ ...asUnit, actor: { id: 'm2-account', roles: ['member'], memberId: 'm2' } }, 'service.join'),
    ).toBeUndefined();
    expect(ask({ ...asUnit, actor: { id: 'resident-1', roles: ['resident'] } }, 'service.join')).toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('never hold more claimants than places, nor one claimant twice, nor an unregistered one, under any sequence (property)', () => {
    const base = street();
    const command = fc.record({
      join: fc.boolean(),
      memberId: fc.constantFrom('m1', 'm2', 'm3', 'm4'),
    });
    fc.assert(
      fc.property(fc.array(command, { maxLength: 30 }), (commands) => {
        let snapshot = base;
        commands.forEach(({ join, memberId }, index) => {
          const input = join
            ? { projectId: 'meals', claimId: `k${index}`, claimant: member(memberId) }
            : { projectId: 'meals', claimant: member(memberId) };
          const result = execute(snapshot, join ? 'service.join' : 'service.leave', input, staff());
          if (result.ok) snapshot = result.value.snapshot;
        });
        // The oracle counts the stored claims, not what the commands said.
        const live = snapshot.serviceProjects.get('meals')!.claims.filter((claim) => claim.leftOn === undefined);
        const holders = live.map((claim) => (claim.claimant as { memberId: string }).memberId);
        expect(live.length).toBeLessThanOrEqual(2);
        expect(new Set(holders).size).toBe(holders.length);
        expect(holders).not.toContain('m4');
      }),
      { numRuns: 150 },
    );
  });
});

describe('service claims in one’s own name (review)', () => {
  const withUnit = () =>
    snapshotFromRecords(scopedTenant, 1, {
      ...snapshotToRecords(street()),
      units: [
        { id: 'u1', name: '区税务局', kind: 'agency', communityOrgId: 'c1', orgId: 'b3', formation: 'standalone' },
      ],
      unitRegistrations: [{ id: 'ur1', unitId: 'u1', communityOrgId: 'c1', registeredOn: '2026-01-05' }],
    });
  const unitOrg = { kind: 'unitOrg' as const, orgId: 'b3' };

  it('refuse a member joining or leaving in a unit org’s name', () => {
    const join = execute(
      withUnit(),
      'service.join',
      { projectId: 'meals', claimId: 'u', claimant: unitOrg },
      asMember('m2'),
    );
    expect(!join.ok && [join.error.rule?.id, join.error.field]).toEqual(['service.claimForOneself', 'claimant.orgId']);
    const joined = run(withUnit(), 'service.join', { projectId: 'meals', claimId: 'u', claimant: unitOrg });
    const leave = execute(joined, 'service.leave', { projectId: 'meals', claimant: unitOrg }, asMember('m2'));
    expect(!leave.ok && [leave.error.rule?.id, leave.error.field]).toEqual([
      'service.claimForOneself',
      'claimant.orgId',
    ]);
    const unitActor = { actor: { id: 'unit-1', roles: ['unitOrg'], orgId: 'b3' }, now: at('2026-03-01') };
    expect(execute(joined, 'service.leave', { projectId: 'meals', claimant: unitOrg }, unitActor).ok).toBe(true);
  });

  it('refuse a member who registers with the community only after the day they join', () => {
    let snapshot = snapshotFromRecords(scopedTenant, 1, snapshotToRecords(street()));
    snapshot = run(snapshot, 'member.registerInCommunity', {
      id: 'r-m4',
      memberId: 'm4',
      communityOrgId: 'c1',
      registeredOn: '2026-12-01',
    });
    const early = execute(
      snapshot,
      'service.join',
      { projectId: 'meals', claimId: 'x', claimant: member('m4') },
      asMember('m4', '2026-03-02'),
    );
    expect(!early.ok && early.error.rule?.id).toBe('service.claimantRegistered');
    expect(
      execute(
        snapshot,
        'service.join',
        { projectId: 'meals', claimId: 'x', claimant: member('m4') },
        asMember('m4', '2026-12-01'),
      ).ok,
    ).toBe(true);
  });
});

describe('volunteer hours', () => {
  const hours = (id: string, memberId: string, on: string, minutes: number) => ({
    id,
    volunteer: member(memberId),
    teamId: 'team',
    on,
    minutes,
  });

  it('are confirmed by the team leader, add to the registration in the same command, and say so in the event', () => {
    const result = execute(street(), 'volunteer.recordHours', hours('h1', 'm2', '2026-03-02', 90), asMember('m1'));
    if (!result.ok) throw result.error;
    expect(result.value.snapshot.registrations.get('r-m2')!.serviceMinutes).toBe(120 + 90);
    expect(result.value.snapshot.volunteerHours.get('h1')!.confirmedBy).toBe('m1-account');
    expect(result.value.events.map((event) => [event.type, event.data])).toEqual([
      ['volunteer.hoursRecorded', { memberId: 'm2', teamId: 'team', minutes: 90, on: '2026-03-02' }],
    ]);
    const byTeammate = execute(street(), 'volunteer.recordHours', hours('h1', 'm2', '2026-03-02', 90), asMember('m3'));
    expect(!byTeammate.ok && byTeammate.error.rule?.id).toBe('volunteer.leaderConfirms');
  });

  it('keep serviceMinutes equal to what was registered plus every minute recorded, whatever is refused (property)', () => {
    const base = street();
    const entry = fc.record({
      memberId: fc.constantFrom('m1', 'm2', 'm3', 'm4'),
      day: fc.integer({ min: 1, max: 3 }),
      minutes: fc.integer({ min: 1, max: 900 }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), (entries) => {
        let snapshot = base;
        entries.forEach(({ memberId, day, minutes }, index) => {
          const result = execute(
            snapshot,
            'volunteer.recordHours',
            hours(`h${index}`, memberId, `2026-03-0${day}`, minutes),
            staff(),
          );
          if (result.ok) snapshot = result.value.snapshot;
        });
        const recorded: VolunteerHours[] = snapshot.volunteerHours.toArray();
        for (const memberId of ['m1', 'm2', 'm3']) {
          const mine = recorded.filter((row) => row.volunteer.kind === 'member' && row.volunteer.memberId === memberId);
          const before = base.registrations.get(`r-${memberId}`)!.serviceMinutes;
          expect(snapshot.registrations.get(`r-${memberId}`)!.serviceMinutes).toBe(
            before + mine.reduce((s, row) => s + row.minutes, 0),
          );
          for (const day of ['2026-03-01', '2026-03-02', '2026-03-03']) {
            const total = mine.filter((row) => row.on === day).reduce((s, row) => s + row.minutes, 0);
            expect(total).toBeLessThanOrEqual(1440);
          }
        }
        // m4 is on no roster.
        expect(recorded.some((row) => row.volunteer.kind === 'member' && row.volunteer.memberId === 'm4')).toBe(false);
      }),
      { numRuns: 120 },
    );
  });

  it('go only to people on the roster; the leader enrols someone once, and the role rules let only the leader', () => {
    const resident = { kind: 'resident' as const, name: '赵奶奶' };
    const early = execute(
      street(),
      'volunteer.recordHours',
      { id: 'h', volunteer: resident, teamId: 'team', on: '2026-03-02', minutes: 30 },
      asMember('m1'),
    );
    expect(!early.ok && early.error.rule?.id).toBe('volunteer.onTheRoster');
    let snapshot = run(street(), 'volunteer.enrol', { teamId: 'team', volunteer: resident }, asMember('m1'));
    expect(snapshot.volunteerTeams.get('team')!.residentNames).toEqual(['张阿姨', '李大爷', '赵奶奶']);
    const again = execute(snapshot, 'volunteer.enrol', { teamId: 'team', volunteer: resident }, asMember('m1'));
    expect(!again.ok && again.error.rule?.id).toBe('volunteer.onceOnRoster');
    snapshot = run(
      snapshot,
      'volunteer.recordHours',
      { id: 'h', volunteer: resident, teamId: 'team', on: '2026-03-02', minutes: 30 },
      asMember('m1'),
    );
    expect(snapshot.volunteerHours.get('h')!.minutes).toBe(30);
    const policy = createRolePolicy();
    const member = (memberId: string) => ({
      actor: { id: `${memberId}-account`, roles: ['member'], memberId },
      now: at('2026-03-03'),
    });
    const ask = (memberId: string, command: string) =>
      policy.authorize({
        ctx: member(memberId),
        command,
        input: {},
        snapshot,
        subject: { collection: 'volunteerTeams', id: 'team' },
      });
    expect(ask('m1', 'volunteer.enrol')).toBeUndefined();
    expect(ask('m1', 'volunteer.recordHours')).toBeUndefined();
    expect(ask('m2', 'volunteer.enrol')).toBeInstanceOf(ForbiddenError);
    expect(ask('m2', 'volunteer.recordHours')).toBeInstanceOf(ForbiddenError);
  });

  it('go on a project only for a claimant holding a place that day', () => {
    let snapshot = run(
      street(),
      'service.join',
      { projectId: 'meals', claimId: 'a', claimant: member('m2') },
      staff('2026-03-05'),
    );
    const before = execute(
      snapshot,
      'volunteer.recordHours',
      { id: 'p0', volunteer: member('m2'), projectId: 'meals', on: '2026-03-04', minutes: 60 },
      staff(),
    );
    expect(!before.ok && before.error.rule?.id).toBe('volunteer.onTheRoster');
    snapshot = run(snapshot, 'volunteer.recordHours', {
      id: 'p1',
      volunteer: member('m2'),
      projectId: 'meals',
      on: '2026-03-05',
      minutes: 60,
    });
    expect(snapshot.registrations.get('r-m2')!.serviceMinutes).toBe(180);
  });
});

describe('the volunteer report', () => {
  function served(): Snapshot {
    let snapshot = street();
    const rows: [string, { kind: 'member'; memberId: string } | { kind: 'resident'; name: string }, string, number][] =
      [
        ['h1', member('m2'), '2026-03-01', 60],
        ['h2', member('m2'), '2026-03-31', 30],
        ['h3', { kind: 'resident', name: '张阿姨' }, '2026-03-15', 120],
        // The first day after the period: outside a half-open March.
        ['h4', member('m3'), '2026-04-01', 45],
      ];
    for (const [id, volunteer, on, minutes] of rows) {
      snapshot = run(snapshot, 'volunteer.recordHours', { id, volunteer, teamId: 'team', on, minutes }, asMember('m1'));
    }
    return snapshot;
  }

  it('sums each team and each person in a half-open period, and every total is the sum of its lines', () => {
    const { data } = volunteerReport(served(), { orgId: 'street', from: '2026-03-01', to: '2026-04-01' });
    expect(data.teams).toEqual([
      expect.objectContaining({
        teamId: 'team',
        source: 'roster',
        members: 3,
        residents: 2,
        people: 5,
        minutes: 210,
        entries: 3,
      }),
    ]);
    expect(data.volunteers.map((line) => [line.volunteer, line.minutes, line.hoursIds])).toEqual([
      [{ kind: 'resident', name: '张阿姨' }, 120, ['h3']],
      [member('m2'), 90, ['h1', 'h2']],
    ]);
    expect(data.totals).toEqual({ teams: 1, people: 5, distinctVolunteers: 5, minutes: 210 });
    expect(data.totals.minutes).toBe(data.volunteers.reduce((sum, line) => sum + line.minutes, 0));
    // An instant is read as its Shanghai day: 2026-03-31T16:00Z is already 1 April.
    const instant = volunteerReport(served(), { orgId: 'street', from: '2026-03-01', to: '2026-03-31T16:00:00.000Z' });
    expect(instant.data.totals.minutes).toBe(210);
  });

  it('leaves out a team formed on or after the period’s end (review: later teams were counted)', () => {
    const snapshot = run(served(), 'volunteer.formTeam', {
      id: 'team-later',
      name: '紫云苑助老队',
      orgId: 'c1',
      leaderMemberId: 'm2',
      memberIds: ['m3'],
      residentNames: [],
      formedOn: '2026-04-01',
    });
    const march = volunteerReport(snapshot, { orgId: 'c1', from: '2026-03-01', to: '2026-04-01' });
    expect(march.data.teams.map((team) => team.teamId)).toEqual(['team']);
    const april = volunteerReport(snapshot, { orgId: 'c1', from: '2026-03-01', to: '2026-04-02' });
    expect(april.data.teams.map((team) => team.teamId)).toEqual(['team', 'team-later']);
  });

  it('counts a team of another community only under that community', () => {
    const { data } = volunteerReport(served(), { orgId: 'c2', from: '2026-01-01', to: '2027-01-01' });
    expect(data.totals).toEqual({ teams: 0, people: 0, distinctVolunteers: 0, minutes: 0 });
  });
});

describe('the yearly 双报告', () => {
  function year(): Snapshot {
    let snapshot = street();
    snapshot = run(snapshot, 'volunteer.recordHours', hours2('h1', '2026-03-02', 90), asMember('m1'));
    snapshot = run(snapshot, 'volunteer.recordHours', hours2('h2', '2026-06-02', 30), asMember('m1'));
    // Last year's hours belong to last year's report.
    snapshot = run(snapshot, 'volunteer.recordHours', hours2('h0', '2025-12-31', 45), asMember('m1'));
    snapshot = run(
      snapshot,
      'service.join',
      { projectId: 'meals', claimId: 'a', claimant: member('m2') },
      staff('2026-05-01'),
    );
    snapshot = run(
      snapshot,
      'wish.post',
      { id: 'w', communityOrgId: 'c1', title: '修水龙头' },
      { actor: { id: 'resident-1', roles: [] }, now: at('2026-04-01') },
    );
    snapshot = run(run(snapshot, 'wish.review', { wishId: 'w' }), 'wish.publish', { wishId: 'w' });
    snapshot = run(
      snapshot,
      'wish.claim',
      { wishId: 'w', claimId: 'wc', claimant: member('m2') },
      asMember('m2', '2026-04-02'),
    );
    return run(
      snapshot,
      'wish.confirm',
      { wishId: 'w' },
      { actor: { id: 'resident-1', roles: [] }, now: at('2026-04-05') },
    );
  }
  const hours2 = (id: string, on: string, minutes: number) => ({
    id,
    volunteer: member('m2'),
    teamId: 'team',
    on,
    minutes,
  });

  it('explains each registered member’s year line by line', () => {
    const { data } = yearlyServiceReport(year(), { orgId: 'c1', year: 2026, asOf: '2026-12-01' });
    const m2 = data.members.find((entry) => entry.memberId === 'm2')!;
    expect(m2.lines).toEqual([
      { item: 'minutes', value: 120, ids: ['h1', 'h2'] },
      { item: 'wishesClaimed', value: 1, ids: ['w'] },
      { item: 'wishesFulfilled', value: 1, ids: ['w'] },
      { item: 'projectsJoined', value: 1, ids: ['meals'] },
      { item: 'postsHeld', value: 0, ids: [] },
    ]);
    // Two days of service and one wish fulfilled.
    expect(m2).toMatchObject({ minutes: 120, activities: 3, employerOrgName: '区财政局机关党支部', reportIds: [] });
    expect(data.deadline).toBe('2027-01-31');
    expect(data.members.map((entry) => entry.memberId)).toEqual(['m1', 'm2', 'm3']);
  });

  it('counts posts held in the community reported on, not posts held elsewhere', () => {
    let snapshot = year();
    snapshot = run(snapshot, 'post.create', { id: 'here', name: '先锋岗', kind: 'pioneer', orgId: 'b1' });
    snapshot = run(snapshot, 'post.create', { id: 'there', name: '服务岗', kind: 'service', orgId: 'b3' });
    snapshot = run(snapshot, 'post.claim', { postId: 'here', memberId: 'm2' });
    // m2 also reported to 丽华 (c2) and holds a post there: c1's report leaves it out.
    const register = { id: 'r-m2-c2', memberId: 'm2', communityOrgId: 'c2', registeredOn: '2026-02-01' };
    snapshot = run(snapshot, 'member.registerInCommunity', register);
    snapshot = run(snapshot, 'post.claim', { postId: 'there', memberId: 'm2' });
    const { data } = yearlyServiceReport(snapshot, { orgId: 'c1', year: 2026, asOf: '2026-12-01' });
    const m2 = data.members.find((entry) => entry.memberId === 'm2')!;
    expect(m2.lines.find((line) => line.item === 'postsHeld')).toEqual({ item: 'postsHeld', value: 1, ids: ['here'] });
  });

  it('finds, after the deadline, each registered member whose year was not reported; the report sent is the summary', () => {
    let snapshot = year();
    expect(yearlyServiceReport(snapshot, { orgId: 'c1', year: 2026, asOf: '2027-01-31' }).findings).toEqual([]);
    snapshot = run(snapshot, 'member.sendYearlyReport', {
      id: 'fb',
      registrationId: 'r-m2',
      year: 2026,
      sentOn: '2027-01-20',
    });
    expect(snapshot.feedbackReports.get('fb')).toMatchObject({
      memberId: 'm2',
      period: '2026',
      serviceMinutes: 120,
      activities: 3,
    });
    const late = yearlyServiceReport(snapshot, { orgId: 'c1', year: 2026, asOf: '2027-02-01' });
    expect(late.findings.map((finding) => [finding.rule.id, finding.subject.id, finding.rule.confirmed])).toEqual([
      ['service.yearlyReportSent', 'r-m1', false],
      ['service.yearlyReportSent', 'r-m3', false],
    ]);
    expect(late.findings[0]!.text['zh-CN']).toBe('党员“王秀英”2026 年度的双报告未在 2027-01-31 前反馈给所在单位党组织');
    // A portal's own deadline (the end of February) moves the day the finding appears.
    const local = yearlyServiceReport(snapshot, {
      orgId: 'c1',
      year: 2026,
      asOf: '2027-02-01',
      deadline: { month: 2, day: 28 },
    });
    expect(local.findings).toEqual([]);
  });
});
