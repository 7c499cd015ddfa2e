import {
  conferenceScheduleReport,
  coverageReport,
  structureReport,
  newSectorKinds,
  snapshotToRecords,
  snapshotFromRecords,
  execute,
  volunteerReport,
  type Member,
} from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import scenario from '../fixtures/scenarios/regional-street.json';
import { missedQuarter, regionalAsOf, regionalStreet } from '../fixtures/tenants/regional-street.js';

const tenant = regionalStreet();
const figures = scenario.street;

describe('scenario: 区域化党建 street (regional-street.json)', () => {
  it('covers 28 non-public firms: 9 by their own org, 19 by a dispatched instructor, no blank spot', () => {
    const report = coverageReport(tenant, { kinds: newSectorKinds }).data;
    expect(report.units).toHaveLength(figures.nonPublicFirms);
    expect(report.counts).toEqual({
      organisation: figures.nonPublicFirmsWithOwnOrg,
      work: figures.nonPublicFirmsCoveredByInstructor,
      none: 0,
    });
    expect(report.byFormation.standalone + report.byFormation.joint).toBe(figures.nonPublicFirmsWithOwnOrg);
    expect(report.byFormation.instructor).toBe(figures.nonPublicFirmsCoveredByInstructor);
    expect(report.blankSpots).toEqual([]);
    for (const unit of report.units) expect(unit.reason.text['zh-CN'].length).toBeGreaterThan(0);
  });

  it('finds a blank spot, first, when a firm loses its instructor, and says why', () => {
    const firm = tenant.units.get('firm20')!;
    const withoutInstructor = {
      ...tenant,
      units: tenant.units.set('firm20', { ...firm, formation: undefined, instructor: undefined }),
    };
    const report = coverageReport(withoutInstructor, { kinds: newSectorKinds }).data;
    expect(report.blankSpots.map((spot) => spot.unitId)).toEqual(['firm20']);
    expect(report.blankSpots[0]!.reason.text['zh-CN']).toBe('空白点：既没有党组织，也没有选派党建指导员');
    expect(report.counts.none).toBe(1);
  });

  it('has 15 unit orgs in the joint conference and 16 co-building agreements with yearly targets', () => {
    expect(tenant.conferences.get('conf')!.memberUnitIds).toHaveLength(figures.unitOrgsInJurisdictionCommittee);
    expect(tenant.unitRegistrations.size).toBe(figures.unitOrgsInJurisdictionCommittee);
    const agreements = tenant.agreements.toArray();
    expect(agreements).toHaveLength(figures.coBuildingAgreements);
    expect(agreements.every((agreement) => agreement.targets.length > 0 && agreement.year === 2026)).toBe(true);
  });

  it('has 24 functional branches, 30 groups, 26 pioneer posts and responsibility areas, 8 volunteer teams of 268', () => {
    const orgs = tenant.orgs.toArray();
    expect(orgs.filter((org) => org.setting === 'functional')).toHaveLength(figures.functionalBranches);
    expect(new Set(orgs.filter((org) => org.setting === 'functional').map((org) => org.function))).toEqual(
      new Set(figures.functionalBranchKinds),
    );
    expect(orgs.filter((org) => org.kind === 'group')).toHaveLength(figures.groups);
    const posts = tenant.posts.toArray();
    expect(posts.filter((post) => post.kind === 'pioneer' || post.kind === 'responsibilityArea')).toHaveLength(
      figures.pioneerPostsAndResponsibilityAreas,
    );
    const teams = posts.filter((post) => post.kind === 'volunteerTeam');
    expect(teams).toHaveLength(figures.volunteerTeams);
    expect(teams.reduce((sum, team) => sum + (team.headcount ?? 0), 0)).toBe(figures.volunteers);
  });

  it('reports 8 volunteer teams of 268 people through the volunteer report, from declared headcounts', () => {
    const { data } = volunteerReport(tenant, { orgId: 'street', from: '2026-01-01', to: '2027-01-01' });
    expect(data.teams.every((team) => team.source === 'declared')).toBe(true);
    expect(data.totals).toMatchObject({ teams: figures.volunteerTeams, people: figures.volunteers });
    expect(data.teams.reduce((sum, team) => sum + team.people, 0)).toBe(data.totals.people);
  });

  it('reports 8 volunteer teams of 268 people from rosters formed by command (members by id, residents by name)', () => {
    // Teams formed from the figures: 268 people dealt over 8 teams, the first two of each being members.
    const members: Member[] = Array.from({ length: figures.volunteerTeams * 2 }, (_, i) => ({
      id: `vm${i + 1}`,
      name: `志愿者党员${i + 1}`,
      gender: 'female',
      birthDate: '1965-01-01',
      stage: 'full',
      relationOrgId: 'community',
      managingOrgId: 'community',
    }));
    let snapshot = snapshotFromRecords('320402001', 1, {
      orgs: [
        { id: 'street', name: '街道党工委', kind: 'committee', subkind: 'working', parentId: null },
        { id: 'community', name: '社区综合党委', kind: 'committee', subkind: 'comprehensive', parentId: 'street' },
      ],
      members,
    });
    let person = 0;
    for (let t = 0; t < figures.volunteerTeams; t++) {
      const size =
        Math.floor(figures.volunteers / figures.volunteerTeams) +
        (t < figures.volunteers % figures.volunteerTeams ? 1 : 0);
      const residentNames = Array.from({ length: size - 2 }, () => `居民${++person}`);
      const input = {
        id: `vt${t + 1}`,
        name: `志愿服务队${t + 1}`,
        orgId: t % 2 ? 'community' : 'street',
        leaderMemberId: `vm${2 * t + 1}`,
        memberIds: [`vm${2 * t + 2}`],
        residentNames,
        formedOn: '2026-01-01',
      };
      const result = execute(snapshot, 'volunteer.formTeam', input, {
        actor: { id: 'staff', roles: [] },
        now: '2026-01-02T02:00:00.000Z',
      });
      if (!result.ok) throw result.error;
      snapshot = result.value.snapshot;
    }
    const { data } = volunteerReport(snapshot, { orgId: 'street', from: '2026-01-01', to: '2027-01-01' });
    expect(data.totals).toEqual({
      teams: figures.volunteerTeams,
      people: figures.volunteers,
      distinctVolunteers: figures.volunteers,
      minutes: 0,
    });
    // Line by line: 34, 34, 34, 34, 33, 33, 33, 33 — two members and the rest residents each.
    expect(data.teams.map((team) => [team.members, team.residents])).toEqual(
      [34, 34, 34, 34, 33, 33, 33, 33].map((size) => [2, size - 2]),
    );
    // The community's own view holds only its four teams.
    expect(
      volunteerReport(snapshot, { orgId: 'community', from: '2026-01-01', to: '2027-01-01' }).data.totals.teams,
    ).toBe(4);
  });

  it('shows the missed quarter of the quarterly joint conference as a finding, with the rotating chair due', () => {
    const { findings, data: schedule } = conferenceScheduleReport(tenant, 'conf', regionalAsOf);
    const missed = findings.filter((finding) => finding.code === 'conference.missed');
    expect(missed).toHaveLength(1);
    expect(missed[0]!.facts['period']).toMatchObject({ label: missedQuarter, start: '2026-04-01', end: '2026-06-30' });
    expect(missed[0]!.text['zh-CN']).toMatch(/^“区域化党建联席会议”2026-Q2未召开（应由“驻区单位\d+”轮值主持）$/);
    // The current quarter has not ended yet: not missed.
    expect(schedule.periods.at(-1)).toMatchObject({ missed: false, period: { label: '2026-Q4' } });
    // The chair passes in rotation: one unit after the other, a quarter each.
    expect(schedule.periods.slice(0, 3).map((period) => period.chairUnitId)).toEqual(['unit1', 'unit2', 'unit3']);
    expect(findings.filter((finding) => finding.code === 'conference.chairOutOfTurn')).toEqual([]);
  });

  it('round-trips through plain records (what a store persists) unchanged', () => {
    const records = snapshotToRecords(tenant);
    const reloaded = snapshotFromRecords(tenant.tenant, 0, JSON.parse(JSON.stringify(records)));
    expect(coverageReport(reloaded).data.counts).toEqual(coverageReport(tenant).data.counts);
    expect(structureReport(reloaded)).toEqual(structureReport(tenant));
  });
});
