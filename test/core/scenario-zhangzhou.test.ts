import {
  conferenceScheduleReport,
  execute,
  gridReport,
  snapshotFromRecords,
  type GridPlacement,
  type Member,
  type Org,
  type Snapshot,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import scenario from '../fixtures/scenarios/zhangzhou-city.json';

// 漳州 "小社区 大党建" (zhangzhou-city.json), its three mustReproduce lines:
// 1. 83 grids with 248 grid groups in 芗城区, every member of the district in exactly one grid group;
// 2. 城西社区 2015: 150 wishes claimed, 35 distinct residents helped — reproduced in
//    test/core/wishes.test.ts ("reproduce 城西社区 2015 …"), where the wish model lives;
// 3. a joint conference whose rotating chair passes among unit-org leaders on a fixed schedule.

const district = scenario.xiangchengDistrict;
const ctx = { actor: { id: 'district-staff', roles: [] }, now: '2017-06-27T02:00:00.000Z' };
const membersPerGroup = 3;

function run(snapshot: Snapshot, type: string, input: unknown): Snapshot {
  const result = execute(snapshot, type, input, ctx);
  if (!result.ok) throw result.error;
  return result.value.snapshot;
}

/** Grid groups dealt out over the grids in turn: 248 over 83 gives 82 grids of three and one of two. */
function districtOrgs(grids: number, groups: number): Org[] {
  const orgs: Org[] = [{ id: 'xc', name: '芗城区委', kind: 'committee', parentId: null }];
  for (let g = 1; g <= grids; g++) {
    orgs.push({ id: `grid${g}`, name: `第${g}网格党支部`, kind: 'branch', setting: 'residential', parentId: 'xc' });
  }
  for (let k = 0; k < groups; k++) {
    const grid = (k % grids) + 1;
    orgs.push({
      id: `gg${k + 1}`,
      name: `第${grid}网格第${Math.floor(k / grids) + 1}党小组`,
      kind: 'group',
      setting: 'grid',
      parentId: `grid${grid}`,
    });
  }
  return orgs;
}

/** Members whose formal branch is the grid of the group numbered `group`. */
function districtMembers(orgs: readonly Org[], count: number): Member[] {
  const groups = orgs.filter((org) => org.kind === 'group');
  return Array.from({ length: count }, (_, i) => {
    const group = groups[i % groups.length]!;
    return {
      id: `p${i + 1}`,
      name: `党员${i + 1}`,
      gender: i % 2 ? 'male' : 'female',
      birthDate: '1970-05-01',
      stage: 'full',
      relationOrgId: group.parentId!,
      managingOrgId: group.parentId!,
    };
  });
}

describe('scenario: 漳州 芗城区 grids (zhangzhou-city.json)', () => {
  it('has 83 grids with 248 grid groups, and every member of the district placed in exactly one', () => {
    const orgs = districtOrgs(district.partyGrids, district.gridGroups);
    const members = districtMembers(orgs, district.gridGroups * membersPerGroup);
    let snapshot = snapshotFromRecords('350602', 1, { orgs, members });
    // Each member is placed, by command, in the grid group near home (here: member i in group i mod 248).
    members.forEach((member, i) => {
      const groupOrgId = `gg${(i % district.gridGroups) + 1}`;
      snapshot = run(snapshot, 'grid.place', {
        id: `place-${member.id}`,
        memberId: member.id,
        groupOrgId,
        since: '2017-01-01',
      });
    });
    const report = gridReport(snapshot, 'xc');
    expect(report.data.gridCount).toBe(district.partyGrids);
    expect(report.data.groupCount).toBe(district.gridGroups);
    // Line by line: 82 grids of three groups and one of two make 248; every group holds three members.
    const sizes = report.data.grids.map((grid) => grid.groups.length);
    expect(sizes.filter((size) => size === 3)).toHaveLength(82);
    expect(sizes.filter((size) => size === 2)).toHaveLength(1);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(district.gridGroups);
    const groupMembers = report.data.grids.flatMap((grid) => grid.groups.map((group) => group.memberIds.length));
    expect(new Set(groupMembers)).toEqual(new Set([membersPerGroup]));
    expect(report.data.members).toBe(members.length);
    expect(report.data.placedOnce).toBe(members.length);
    expect(report.findings).toEqual([]);
  }, 60_000);

  it('moves a member placed again instead of placing them twice, and places only in grid groups', () => {
    const orgs = districtOrgs(2, 3);
    let snapshot = snapshotFromRecords('350602', 1, { orgs, members: districtMembers(orgs, 2) });
    snapshot = run(snapshot, 'grid.place', { id: 'a', memberId: 'p1', groupOrgId: 'gg1', since: '2017-01-01' });
    snapshot = run(snapshot, 'grid.place', { id: 'b', memberId: 'p1', groupOrgId: 'gg2', since: '2017-03-01' });
    expect(snapshot.gridPlacements.toArray()).toEqual([
      { id: 'a', memberId: 'p1', groupOrgId: 'gg2', since: '2017-03-01' },
    ]);
    const branch = execute(
      snapshot,
      'grid.place',
      { id: 'c', memberId: 'p2', groupOrgId: 'grid1', since: '2017-01-01' },
      ctx,
    );
    expect(!branch.ok && branch.error.rule?.id).toBe('grid.placeInGridGroup');
    const report = gridReport(snapshot, 'xc');
    expect(report.findings.map((finding) => [finding.rule.id, finding.subject.id])).toEqual([
      ['grid.everyMemberPlaced', 'p2'],
    ]);
    expect(report.findings[0]!.text['zh-CN']).toBe('党员“党员2”未编入任何网格党小组');
  });

  it('finds a member exactly when they are in no grid group or in more than one (property)', () => {
    const orgs = [
      ...districtOrgs(3, 5),
      { id: 'elsewhere', name: '外区党委', kind: 'committee' as const, parentId: null },
      { id: 'eb', name: '外区支部', kind: 'branch' as const, parentId: 'elsewhere' },
      { id: 'egg', name: '外区网格党小组', kind: 'group' as const, setting: 'grid' as const, parentId: 'eb' },
    ];
    // Members of the district only: the other district's group is where a stray placement may point.
    const members = districtMembers(districtOrgs(3, 5), 6);
    const groupIds = ['gg1', 'gg2', 'gg3', 'gg4', 'gg5', 'egg'];
    const placements = fc.array(
      fc.record({ member: fc.integer({ min: 0, max: 5 }), group: fc.constantFrom(...groupIds) }),
      { maxLength: 14 },
    );
    fc.assert(
      fc.property(placements, (picked) => {
        const gridPlacements: GridPlacement[] = picked.map(({ member, group }, i) => ({
          id: `gp${i}`,
          memberId: members[member]!.id,
          groupOrgId: group,
          since: '2017-01-01',
        }));
        const report = gridReport(snapshotFromRecords('350602', 1, { orgs, members, gridPlacements }), 'xc');
        // The oracle counts the placements in the district's groups (a group of another district does not count).
        for (const member of members) {
          const count = gridPlacements.filter((p) => p.memberId === member.id && p.groupOrgId !== 'egg').length;
          const found = report.findings.filter((finding) => finding.subject.id === member.id);
          const expected = count === 0 ? ['grid.everyMemberPlaced'] : count > 1 ? ['grid.oneGroupEach'] : [];
          expect(found.map((finding) => finding.rule.id)).toEqual(expected);
        }
        expect(report.data.placedOnce + report.data.unplaced.length + report.data.placedMoreThanOnce.length).toBe(
          members.length,
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('scenario: 漳州 joint conference with a rotating chair (轮值会长)', () => {
  // Four unit orgs take the chair in a fixed order, a quarter each; their leaders sit on the community
  // committee part-time (兼职委员), so the chair passes among the unit-org leaders.
  const leaders = ['林书记', '陈书记', '黄书记', '郑书记'];
  const unitIds = leaders.map((_, i) => `u${i + 1}`);
  const quarters = ['2016-02-10', '2016-05-10', '2016-08-10', '2016-11-10', '2017-02-10', '2017-05-10'];

  function conference(chairOf: (quarter: number) => string): Snapshot {
    return snapshotFromRecords('350602', 1, {
      orgs: [{ id: 'cx', name: '城西社区党委', kind: 'committee', subkind: 'community', parentId: null }],
      units: unitIds.map((id, i) => ({
        id,
        name: `驻区单位${i + 1}`,
        kind: 'institution' as const,
        communityOrgId: 'cx',
      })),
      committeeSeats: unitIds.map((unitId, i) => ({
        id: `seat${i + 1}`,
        orgId: 'cx',
        unitId,
        personName: leaders[i]!,
        from: '2016-01-01',
      })),
      conferences: [
        {
          id: 'lx',
          name: '城西社区联席会议',
          hostOrgId: 'cx',
          memberUnitIds: unitIds,
          cadence: 'quarterly',
          startsOn: '2016-01-01',
          chairRotation: unitIds,
        },
      ],
      conferenceSessions: quarters.map((heldOn, q) => ({
        id: `s${q + 1}`,
        conferenceId: 'lx',
        heldOn,
        chairUnitId: chairOf(q),
      })),
    });
  }

  it('passes the chair among the unit-org leaders in the fixed order, a quarter each, round and round', () => {
    const snapshot = conference((q) => unitIds[q % unitIds.length]!);
    const report = conferenceScheduleReport(snapshot, 'lx', '2017-06-27');
    const seatOf = new Map(snapshot.committeeSeats.toArray().map((seat) => [seat.unitId, seat.personName]));
    const chairs = report.data.periods.map((period) => seatOf.get(period.chairUnitId));
    expect(chairs).toEqual(['林书记', '陈书记', '黄书记', '郑书记', '林书记', '陈书记']);
    expect(report.data.periods.map((period) => period.period.label)).toEqual([
      '2016-Q1',
      '2016-Q2',
      '2016-Q3',
      '2016-Q4',
      '2017-Q1',
      '2017-Q2',
    ]);
    expect(report.findings).toEqual([]);
  });

  it('finds a session chaired out of turn, naming whose turn it was', () => {
    // In 2016-Q3 the second unit chaired again instead of the third.
    const snapshot = conference((q) => unitIds[q === 2 ? 1 : q % unitIds.length]!);
    const report = conferenceScheduleReport(snapshot, 'lx', '2017-06-27');
    expect(report.findings.map((finding) => [finding.rule.id, finding.subject.id])).toEqual([
      ['conference.rotatingChair', 's3'],
    ]);
    expect(report.findings[0]!.facts).toMatchObject({ chairUnitId: 'u3', actualChairUnitId: 'u2' });
  });
});
