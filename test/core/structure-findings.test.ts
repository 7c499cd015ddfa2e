import { snapshotFromRecords, structureReport, type Member, type Org } from '@dangjian/core';
import { describe, expect, it } from 'vitest';

// The structure findings as a portal shows them: each with its severity and its filled-in text,
// so a finding demoted from a warning or a message left with a bare `{name}` is noticed.

const branch = (id: string, name: string, extra: Partial<Org> = {}): Org => ({
  id,
  name,
  kind: 'branch',
  setting: 'residential',
  parentId: 'c1',
  ...extra,
});

let serial = 0;
const members = (orgId: string, count: number): Member[] =>
  Array.from({ length: count }, () => ({
    id: `m${++serial}`,
    name: `党员${serial}`,
    gender: 'female',
    birthDate: '1970-01-01',
    stage: 'full',
    relationOrgId: orgId,
    managingOrgId: orgId,
  }));

const street = snapshotFromRecords('320402', 1, {
  orgs: [
    {
      id: 'c1',
      name: '社区党委',
      kind: 'committee',
      subkind: 'community',
      parentId: null,
      approvedByHigherCommittee: true,
    },
    branch('big', '大支部', { committeeSize: 5 }),
    branch('seven', '七人支部'),
    branch('small', '小支部', { committeeSize: 3 }),
  ],
  members: [...members('big', 51), ...members('seven', 7), ...members('small', 4)],
});

const findingOf = (orgId: string, code: string) =>
  structureReport(street).findings.find((each) => each.subject.id === orgId && each.code === code)!;

describe('the structure findings, as shown', () => {
  it('a branch over fifty members: information, naming the count and the figure', () => {
    const found = findingOf('big', 'structure.branchTooLarge');
    expect(found.severity).toBe('info');
    expect(found.text['zh-CN']).toBe('“大支部”有 51 名党员，党支部一般不超过 50 人，可考虑设立党总支');
  });

  it('seven full members and no committee: a warning, with the size the committee should have', () => {
    const found = findingOf('seven', 'structure.branchCommitteeMissing');
    expect(found.severity).toBe('warning');
    expect(found.text.en).toBe('Branch "七人支部" has 7 full members and must elect a branch committee of 3–7');
  });

  it('a committee under seven full members: information, naming the figure', () => {
    const found = findingOf('small', 'structure.branchCommitteeNotNeeded');
    expect(found.severity).toBe('info');
    expect(found.text['zh-CN']).toBe('“小支部”正式党员不足 7 名，不设支部委员会，设书记一名，必要时设副书记一名');
  });
});
