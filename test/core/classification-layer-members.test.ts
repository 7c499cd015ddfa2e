import { layerReport, snapshotFromRecords, type Member, type Org } from '@dangjian/core';
import { describe, expect, it } from 'vitest';

// Who the layer report lists: active Party members (full and probationary) managed within the org's
// subtree. Every member below is employed, so the rules alone would put each in the employed layer.

const orgs: Org[] = [
  { id: 'c1', name: '某社区党委', kind: 'committee', subkind: 'community', parentId: null },
  { id: 'b1', name: '第一党支部', kind: 'branch', setting: 'residential', parentId: 'c1' },
  { id: 'b2', name: '第二党支部', kind: 'branch', setting: 'residential', parentId: 'c1' },
];
const employed = (id: string, managingOrgId: string, extra: Partial<Member> = {}): Member => ({
  id,
  name: `党员${id}`,
  gender: 'female',
  birthDate: '1980-05-06',
  stage: 'full',
  employment: 'employed',
  relationOrgId: managingOrgId,
  managingOrgId,
  ...extra,
});
const members: Member[] = [
  employed('full', 'b1'),
  employed('probationary', 'b1', { stage: 'probationary' }),
  employed('applicant', 'b1', { stage: 'applicant' }),
  employed('candidate', 'b1', { stage: 'candidate' }),
  employed('deceased', 'b1', { status: 'deceased' }),
  employed('suspended', 'b1', { status: 'suspended' }),
  employed('otherBranch', 'b2'),
  // Related to b1 but managed (taking part) in b2: listed under b2.
  employed('managedElsewhere', 'b2', { relationOrgId: 'b1' }),
];
const snapshot = () => snapshotFromRecords('320402', 0, { orgs, members });
const employedIds = (orgId: string) =>
  layerReport(snapshot(), orgId, '2026-11-23')
    .data.employed.map((entry) => entry.member.id)
    .sort();

describe('layer report: who is listed', () => {
  it('lists active full and probationary members only, not applicants, candidates or inactive members', () => {
    expect(employedIds('b1')).toEqual(['full', 'probationary']);
  });

  it('lists members managed within the org subtree only', () => {
    expect(employedIds('b2')).toEqual(['managedElsewhere', 'otherBranch']);
    expect(employedIds('c1')).toEqual(['full', 'managedElsewhere', 'otherBranch', 'probationary']);
  });
});
