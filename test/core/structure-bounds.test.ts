import { snapshotFromRecords, structureReport, structureThresholds, type Member, type Org } from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Every structure rule at and around its figure: the expected rule ids come from the figures of
// org-thresholds.json written out below (支部工作条例 第四条, 机关基层组织工作条例 第五–七条),
// not from the engine's code.
const figures = {
  branchMinFull: 3,
  branchMaxMembers: 50,
  committeeFromFull: 7,
  committeeSize: [3, 7],
  generalBranch: [50, 100],
  committeeMin: 100,
} as const;

function expectedFor(kind: Org['kind'], full: number, members: number, size: number, joint: boolean): string[] {
  const ids: string[] = [];
  if (kind === 'branch') {
    if (full < figures.branchMinFull && !joint) ids.push('org.branch.minFullMembers');
    if (members > figures.branchMaxMembers) ids.push('org.branch.generalMaxMembers');
    const [min, max] = figures.committeeSize;
    if (full >= figures.committeeFromFull && size === 0) ids.push('org.branchCommittee.required');
    else if (full >= figures.committeeFromFull && (size < min || size > max)) ids.push('org.branchCommittee.size');
    else if (full < figures.committeeFromFull && size > 2) ids.push('org.branchCommittee.notNeeded');
  }
  if (kind === 'generalBranch' && (members < figures.generalBranch[0] || members > figures.generalBranch[1]))
    ids.push('org.generalBranch.range');
  if (kind === 'committee' && members < figures.committeeMin) ids.push('org.committee.minMembers');
  return ids;
}

const people = (orgId: string, full: number, probationary: number, extra: Partial<Member> = {}): Member[] =>
  Array.from({ length: full + probationary }, (_, index) => ({
    id: `${orgId}-${index}`,
    name: `党员${index}`,
    gender: 'male',
    birthDate: '1970-01-01',
    stage: index < full ? 'full' : 'probationary',
    relationOrgId: orgId,
    managingOrgId: orgId,
    ...extra,
  }));

const near = (figure: number): fc.Arbitrary<number> => fc.integer({ min: Math.max(0, figure - 2), max: figure + 2 });

describe('structure rules at their figures', () => {
  it('finds exactly what the figures say for a branch, a general branch and a committee', () => {
    const anyFull = fc.oneof(near(3), near(7), near(50), near(100));
    fc.assert(
      fc.property(
        fc.constantFrom('branch', 'generalBranch', 'committee' as const),
        anyFull,
        fc.integer({ min: 0, max: 3 }),
        // No committee at all half the time: the committee rules turn on that case.
        fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 9 })),
        fc.boolean(),
        (kind, full, probationary, size, joint) => {
          const org: Org =
            kind === 'branch'
              ? {
                  id: 'o',
                  name: '支部',
                  kind,
                  setting: joint ? 'joint' : 'residential',
                  parentId: null,
                  ...(size > 0 && { committeeSize: size }),
                }
              : kind === 'committee'
                ? { id: 'o', name: '党委', kind, subkind: 'community', parentId: null }
                : { id: 'o', name: '总支', kind, parentId: null };
          const snapshot = snapshotFromRecords('320402', 0, { orgs: [org], members: people('o', full, probationary) });
          const ids = structureReport(snapshot).findings.map((finding) => finding.rule.id);
          expect(ids).toEqual(expectedFor(kind, full, full + probationary, kind === 'branch' ? size : 0, joint));
        },
      ),
      { numRuns: 600 },
    );
  });

  it('says how serious each finding is, with the facts it was judged on', () => {
    const orgs: Org[] = [
      { id: 'small', name: '小支部', kind: 'branch', parentId: null },
      { id: 'big', name: '大支部', kind: 'branch', parentId: null, committeeSize: 8 },
      { id: 'gb', name: '总支', kind: 'generalBranch', parentId: null },
      { id: 'c', name: '党委', kind: 'committee', subkind: 'community', parentId: null },
      { id: 'w', name: '党工委', kind: 'committee', subkind: 'working', parentId: null },
      {
        id: 'ok',
        name: '批准的党委',
        kind: 'committee',
        subkind: 'community',
        parentId: null,
        approvedByHigherCommittee: true,
      },
    ];
    const members = [...people('small', 2, 1), ...people('big', 51, 0), ...people('gb', 101, 0), ...people('c', 99, 0)];
    const findings = structureReport(snapshotFromRecords('320402', 0, { orgs, members })).findings;
    const summary = findings.map(({ subject, rule, severity, facts }) => [subject.id, rule.id, severity, facts]);
    expect(summary).toHaveLength(5);
    expect(summary).toEqual(
      expect.arrayContaining([
        ['small', 'org.branch.minFullMembers', 'warning', { kind: 'branch', fullMembers: 2, members: 3 }],
        ['big', 'org.branch.generalMaxMembers', 'info', { kind: 'branch', fullMembers: 51, members: 51 }],
        ['big', 'org.branchCommittee.size', 'warning', { kind: 'branch', fullMembers: 51, committeeSize: 8 }],
        ['gb', 'org.generalBranch.range', 'info', { kind: 'generalBranch', members: 101 }],
        ['c', 'org.committee.minMembers', 'info', { kind: 'committee', members: 99 }],
      ]),
    );
    const textOf = (id: string) => findings.find((finding) => finding.subject.id === id)!.text['zh-CN'];
    expect(textOf('gb')).toContain('101');
    expect(textOf('c')).toContain('99');
  });

  it('judges a general branch below its range by the lower figure, above it by the upper one', () => {
    const orgs: Org[] = [
      { id: 'low', name: '小总支', kind: 'generalBranch', parentId: null },
      { id: 'high', name: '大总支', kind: 'generalBranch', parentId: null },
    ];
    const snapshot = snapshotFromRecords('320402', 0, {
      orgs,
      members: [...people('low', 30, 0), ...people('high', 120, 0)],
    });
    const findings = structureReport(snapshot, structureThresholds({ generalBranchMinMembers: 40 })).findings;
    const versionOf = (id: string) => findings.find((finding) => finding.subject.id === id)!.rule.version;
    expect(versionOf('low')).toMatch(/\+local$/);
    expect(versionOf('high')).not.toMatch(/\+local$/);
    expect(findings.find((finding) => finding.subject.id === 'low')!.text['zh-CN']).toContain('40');
  });

  it('names the figures in each committee finding, and counts members of an org whose parent is gone', () => {
    const orgs: Org[] = [
      { id: 'none', name: '无委员会支部', kind: 'branch', parentId: 'gone' },
      { id: 'few', name: '委员少支部', kind: 'branch', parentId: null, committeeSize: 2 },
      { id: 'needless', name: '小支部', kind: 'branch', parentId: null, committeeSize: 3 },
    ];
    const members = [...people('none', 7, 0), ...people('few', 7, 0), ...people('needless', 6, 0)];
    const snapshot = snapshotFromRecords('320402', 0, { orgs, members });
    const report = structureReport(snapshot);
    expect(report.data.memberCounts.get('none')).toEqual({ full: 7, members: 7 });
    const textOf = (id: string) => report.findings.find((finding) => finding.subject.id === id)!.text.en;
    expect(textOf('none')).toContain('7');
    expect(textOf('none')).toContain('无委员会支部');
    expect(textOf('few')).toMatch(/2[^]*3[^]*7/);
    expect(textOf('needless')).toContain('7');
    expect(textOf('needless')).toContain('小支部');
  });

  it('counts only active Party members, and marks a local figure in the rule version', () => {
    const orgs: Org[] = [{ id: 'b', name: '支部', kind: 'branch', parentId: null }];
    const members = [
      ...people('b', 2, 0),
      ...people('b', 1, 0, { id: 'gone', status: 'deceased' } as Partial<Member>),
      ...people('b', 1, 0, { id: 'applicant', stage: 'applicant' }),
    ];
    const snapshot = snapshotFromRecords('320402', 0, { orgs, members });
    expect(structureReport(snapshot).data.memberCounts.get('b')).toEqual({ full: 2, members: 2 });
    const [local] = structureReport(snapshot, structureThresholds({ branchMinFullMembers: 2 })).findings;
    expect(local).toBeUndefined();
    const [stricter] = structureReport(snapshot, structureThresholds({ branchMinFullMembers: 4 })).findings;
    expect(stricter!.rule.version).toMatch(/\+local$/);
    expect(stricter!.text['zh-CN']).toContain('4');
    expect(structureReport(snapshot).findings[0]!.rule.version).not.toMatch(/\+local$/);
  });
});
