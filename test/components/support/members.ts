import { idNumberCheckCharacter, type Member, type Org } from '@dangjian/core';

/** An ID number with its GB 11643 check character appended. */
const idNumber = (first17: string): string => first17 + idNumberCheckCharacter(first17);

export const rosterAsOf = '2026-11-23';

/** A community with a branch, a grid group under it, and a village branch elsewhere. */
export const memberOrgs: Org[] = [
  { id: 'street', name: '青龙街道党工委', kind: 'committee', subkind: 'working', parentId: null },
  { id: 'lj', name: '龙锦社区党委', kind: 'committee', subkind: 'community', parentId: 'street', position: 1 },
  { id: 'lj-b1', name: '龙锦第一党支部', kind: 'branch', parentId: 'lj', position: 1 },
  { id: 'lj-g1', name: '第一网格党小组', kind: 'group', setting: 'grid', parentId: 'lj-b1' },
  { id: 'qly', name: '青龙苑社区党委', kind: 'committee', subkind: 'community', parentId: 'street', position: 2 },
  { id: 'v1', name: '新闸村留守党支部', kind: 'branch', setting: 'retained', parentId: 'street', position: 3 },
];

/** Four members: a retiree in hardship, an employed member, one under dual management, a student. */
export const someMembers: Member[] = [
  {
    id: 'm1',
    name: '王秀英',
    gender: 'female',
    birthDate: '1950-03-12',
    stage: 'full',
    relationOrgId: 'lj-b1',
    managingOrgId: 'lj-b1',
    idNumber: idNumber('32040219500312002'),
    phone: '13812345678',
    employment: 'retired',
    care: ['hardship'],
  },
  {
    id: 'm2',
    name: '李建国',
    gender: 'male',
    birthDate: '1985-07-01',
    stage: 'full',
    relationOrgId: 'lj-g1',
    managingOrgId: 'lj-g1',
    phone: '13900001111',
    employment: 'employed',
    employer: { name: '常州某科技公司' },
  },
  {
    id: 'm3',
    name: '张桂兰',
    gender: 'female',
    birthDate: '1962-11-30',
    stage: 'full',
    relationOrgId: 'v1',
    managingOrgId: 'lj-g1',
    relocation: 'inTransition',
    contactCard: {
      whereabouts: '现居龙锦社区',
      contact: '本人手机',
      housing: '过渡房',
      thinking: '思想稳定',
      employment: '退休',
      family: '与子女同住',
      updatedOn: '2026-03-01',
    },
  },
  {
    id: 'm4',
    name: '赵志强',
    gender: 'male',
    birthDate: '2003-05-05',
    stage: 'probationary',
    relationOrgId: 'qly',
    managingOrgId: 'qly',
    employment: 'student',
  },
];
