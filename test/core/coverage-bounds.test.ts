import { coverageReport, snapshotFromRecords, type Org, type Unit } from '@dangjian/core';
import { describe, expect, it } from 'vitest';

// The coverage engine at its figures (org-thresholds.json: a unit with 3 full members should form
// its own branch, 支部工作条例 第四条; a joint branch covers at most 5 units) and in each of its
// branches: own, joint, attached, instructor, blank, and an org that does not exist.
const orgs: Org[] = [
  { id: 'c1', name: '社区党委', kind: 'committee', subkind: 'community', parentId: null },
  { id: 'own', name: '甲公司党支部', kind: 'branch', parentId: 'c1' },
  { id: 'j5', name: '五家联合支部', kind: 'branch', setting: 'joint', parentId: 'c1' },
  { id: 'j6', name: '六家联合支部', kind: 'branch', setting: 'joint', parentId: 'c1' },
];
const unit = (id: string, extra: Partial<Unit>): Unit => ({
  id,
  name: `${id}单位`,
  kind: 'privateEnterprise',
  ...extra,
});
const units: Unit[] = [
  unit('standalone', { formation: 'standalone', orgId: 'own', fullMembers: 9, kind: 'stateOwned' }),
  unit('attached', { formation: 'attached', orgId: 'c1', fullMembers: 1 }),
  unit('lost', { formation: 'joint', orgId: 'nowhere', fullMembers: 1 }),
  unit('instr2', { formation: 'instructor', instructor: { name: '李指导员' }, fullMembers: 2 }),
  unit('instr3', { formation: 'instructor', instructor: { name: '王指导员' }, fullMembers: 3 }),
  unit('bare', { instructor: { name: '赵指导员' } }),
  unit('blank', { fullMembers: 5, kind: 'socialOrganisation' }),
  ...Array.from({ length: 5 }, (_, n) => unit(`a${n}`, { formation: 'joint', orgId: 'j5', fullMembers: 1 })),
  ...Array.from({ length: 6 }, (_, n) => unit(`b${n}`, { formation: 'joint', orgId: 'j6', fullMembers: 1 })),
];
const street = snapshotFromRecords('320402', 0, { orgs, units });
// Computed inside each test, not cached: an engine that throws must fail a test, not the file's
// loading, and StrykerJS credits a computation only to the first test that runs it.
const reportOf = () => coverageReport(street);
const of = (id: string) => reportOf().data.units.find((each) => each.unitId === id)!;

describe('coverage at its figures', () => {
  it('tells each unit’s coverage and why', () => {
    expect(of('standalone')).toMatchObject({ coverage: 'organisation', formation: 'standalone', coveringOrgId: 'own' });
    expect(of('standalone').reason).toMatchObject({ code: 'coverage.ownOrg' });
    expect(of('standalone').reason.text['zh-CN']).toContain('甲公司党支部');
    expect(of('a0').reason.code).toBe('coverage.jointOrg');
    expect(of('attached')).toMatchObject({
      coverage: 'organisation',
      coveringOrgId: 'c1',
      reason: { code: 'coverage.attachedOrg' },
    });
    expect(of('lost')).toMatchObject({ coverage: 'none', formation: 'joint', reason: { code: 'coverage.missingOrg' } });
    expect(of('lost').coveringOrgId).toBeUndefined();
    expect(of('lost').reason.text['zh-CN']).toContain('nowhere');
    expect(of('instr2')).toMatchObject({
      coverage: 'work',
      formation: 'instructor',
      reason: { code: 'coverage.instructor' },
    });
    expect(of('instr2').reason.text['zh-CN']).toContain('李指导员');
    expect(of('bare')).toMatchObject({ coverage: 'work' });
    expect(of('bare').formation).toBeUndefined();
    expect(of('blank')).toEqual({
      unitId: 'blank',
      coverage: 'none',
      reason: expect.objectContaining({ code: 'coverage.blank' }),
    });
    expect(reportOf().data.blankSpots.map((each) => each.unitId)).toEqual(['blank', 'lost']);
    expect(reportOf().data.counts).toEqual({ organisation: 13, work: 3, none: 2 });
    expect(reportOf().data.byFormation).toEqual({ standalone: 1, joint: 12, attached: 1, instructor: 2, none: 2 });
  });

  it('asks a unit under an instructor to form its own branch from 3 full members, not 2, and not a covered one', () => {
    const own = reportOf().findings.filter((finding) => finding.rule.id === 'org.unit.formOwnBranch');
    expect(own.map((finding) => [finding.subject, finding.severity, finding.facts])).toEqual([
      [{ collection: 'units', id: 'instr3' }, 'warning', { fullMembers: 3, formation: 'instructor' }],
    ]);
    expect(own[0]!.text['zh-CN']).toContain('instr3单位');
  });

  it('finds a joint branch over 5 units, not one of exactly 5', () => {
    const wide = reportOf().findings.filter((finding) => finding.rule.id === 'org.jointBranch.maxUnits');
    expect(wide.map((finding) => [finding.subject, finding.severity, finding.facts])).toEqual([
      [{ collection: 'orgs', id: 'j6' }, 'info', { units: 6 }],
    ]);
    expect(wide[0]!.text['zh-CN']).toContain('六家联合支部');
    expect(wide[0]!.text['zh-CN']).toContain('5');
  });

  it('counts only joint units toward a joint branch’s limit: six units attached to one org are no finding', () => {
    const attached = Array.from({ length: 6 }, (_, n) =>
      unit(`t${n}`, { formation: 'attached', orgId: 'c1', fullMembers: 1 }),
    );
    const wide = coverageReport(snapshotFromRecords('320402', 0, { orgs, units: attached })).findings;
    expect(wide.filter((finding) => finding.rule.id === 'org.jointBranch.maxUnits')).toEqual([]);
  });

  it('covers by org only for an organisational formation: an org id left on an instructor’s or an unformed unit does not count', () => {
    const leftOver = [
      unit('instrOrg', { formation: 'instructor', orgId: 'own', instructor: { name: '钱指导员' }, fullMembers: 1 }),
      unit('unformedOrg', { orgId: 'own', fullMembers: 1 }),
    ];
    const report = coverageReport(snapshotFromRecords('320402', 0, { orgs, units: leftOver })).data;
    expect(report.units.map((each) => [each.unitId, each.coverage, each.reason.code])).toEqual([
      ['instrOrg', 'work', 'coverage.instructor'],
      ['unformedOrg', 'none', 'coverage.blank'],
    ]);
  });

  it('reads only the kinds asked for', () => {
    const some = coverageReport(street, { kinds: ['stateOwned', 'socialOrganisation'] }).data;
    expect(some.units.map((each) => each.unitId)).toEqual(['blank', 'standalone']);
    expect(some.counts).toEqual({ organisation: 1, work: 0, none: 1 });
  });
});
