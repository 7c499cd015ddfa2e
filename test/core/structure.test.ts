import {
  structureReport,
  snapshotFromRecords,
  structureThresholds,
  subtreeMemberCounts,
  type Member,
  type Org,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { member } from './fixtures.js';

const orgs: Org[] = [
  { id: 'street', name: '青龙街道党工委', kind: 'committee', subkind: 'working', parentId: null },
  { id: 'community', name: '紫云苑社区党委', kind: 'committee', subkind: 'community', parentId: 'street' },
  { id: 'gb', name: '青竹苑党总支', kind: 'generalBranch', parentId: 'street' },
  { id: 'small', name: '第一党支部', kind: 'branch', parentId: 'community' },
  { id: 'big', name: '第二党支部', kind: 'branch', parentId: 'gb', committeeSize: 5 },
  { id: 'bigGroup', name: '1号楼党小组', kind: 'group', parentId: 'big' },
  { id: 'mid', name: '第三党支部', kind: 'branch', parentId: 'gb' },
];

function members(orgId: string, count: number, stage: Member['stage'] = 'full', prefix = orgId): Member[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${stage}-${i}`,
    name: `党员${i}`,
    gender: 'male',
    birthDate: '1960-01-01',
    stage,
    relationOrgId: orgId,
    managingOrgId: orgId,
  }));
}

const tenant = snapshotFromRecords('320402', 0, {
  orgs,
  members: [
    ...members('small', 2),
    ...members('small', 3, 'probationary'),
    ...members('big', 30),
    ...members('bigGroup', 25),
    ...members('mid', 8),
  ],
});

const codesFor = (id: string): string[] =>
  structureReport(tenant)
    .findings.filter((finding) => finding.subject.id === id)
    .map((finding) => finding.code);

describe('structure check (org-thresholds.json)', () => {
  it('counts members by formal membership over each subtree, groups included', () => {
    const counts = subtreeMemberCounts(tenant);
    expect(counts.get('big')).toEqual({ full: 55, members: 55 });
    expect(counts.get('gb')).toEqual({ full: 63, members: 63 });
    expect(counts.get('small')).toEqual({ full: 2, members: 5 });
    expect(counts.get('street')).toEqual({ full: 65, members: 68 });
  });

  it('names a branch below 3 full members, with the rule and its article', () => {
    const [tooSmall] = structureReport(tenant).findings.filter(
      (finding) => finding.code === 'structure.branchTooSmall',
    );
    expect(tooSmall).toMatchObject({
      subject: { collection: 'orgs', id: 'small' },
      severity: 'warning',
      rule: { id: 'org.branch.minFullMembers', article: '第四条', confirmed: true },
      facts: { fullMembers: 2, members: 5 },
    });
    expect(tooSmall!.rule.source).toContain('中国共产党支部工作条例（试行）');
    expect(tooSmall!.text['zh-CN']).toBe('“第一党支部”只有 2 名正式党员，党支部应有 3 名以上正式党员');
    expect(tooSmall!.text.en).toBe('Branch "第一党支部" has 2 full members; a branch needs at least 3');
  });

  it('suggests a general branch above 50, and checks the branch committee', () => {
    expect(codesFor('big')).toEqual(['structure.branchTooLarge']);
    expect(codesFor('mid')).toEqual(['structure.branchCommitteeMissing']);
  });

  it('marks the community use of the 50/100 figures as unconfirmed', () => {
    const [community] = structureReport(tenant).findings.filter((finding) => finding.subject.id === 'community');
    expect(community).toMatchObject({
      code: 'structure.committeeTooSmall',
      rule: { confirmed: false },
      facts: { members: 5 },
    });
    expect(codesFor('street')).toEqual([]);
    expect(codesFor('gb')).toEqual([]);
  });

  it('applies local figures over the official ones and says so in the version', () => {
    const local = structureThresholds({ committeeMinMembers: 5, branchMaxMembers: 60 });
    const found = structureReport(tenant, local).findings;
    expect(found.some((finding) => finding.subject.id === 'community')).toBe(false);
    expect(found.some((finding) => finding.code === 'structure.branchTooLarge')).toBe(false);
    const missing = found.find((finding) => finding.code === 'structure.branchCommitteeMissing');
    expect(missing?.rule.version).toBe('2026-11-23');
    expect(structureThresholds({ committeeMinMembers: 5 }).committeeMinMembers.rule.version).toBe('2026-11-23+local');
  });

  it('finds a small branch exactly when it has fewer than the minimum, for any roster', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        (full, probationary, min) => {
          const snapshot = snapshotFromRecords('320402', 0, {
            orgs: [{ id: 'b', name: '党支部', kind: 'branch', parentId: null }],
            members: [...members('b', full), ...members('b', probationary, 'probationary')],
          });
          const found = structureReport(snapshot, structureThresholds({ branchMinFullMembers: min })).findings;
          expect(found.some((finding) => finding.code === 'structure.branchTooSmall')).toBe(full < min);
          for (const each of found) expect(each.facts['fullMembers']).toBe(full);
        },
      ),
    );
  });

  it('counts only active members against the structure thresholds', () => {
    const street = snapshotFromRecords('320402', 0, {
      orgs: [{ id: 'b1', name: '第一党支部', kind: 'branch', parentId: null }],
      members: [
        { ...member('a'), managingOrgId: 'b1' },
        { ...member('b', { status: 'deceased', statusSince: '2026-01-01' }), managingOrgId: 'b1' },
        { ...member('c', { status: 'transferredOut', statusSince: '2026-01-01' }), managingOrgId: 'b1' },
      ] as never,
    });
    expect(structureReport(street).findings.map((finding) => finding.code)).toContain('structure.branchTooSmall');
  });
});
