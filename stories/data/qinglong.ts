import type { Member, Org } from '@dangjian/core';

/** 天宁区 (Changzhou): the tenant of the demo data, as a region code. */
export const qinglongTenant = '320402';

/**
 * A small street-level tree in the shape the 青龙街道 field report describes: a working
 * committee over community committees, a general branch and the comprehensive committee for
 * 两新组织; residential, courtyard, functional, mobile and joint branches; grid and building
 * groups. Names are illustrative.
 */
export const qinglongOrgs: Org[] = [
  { id: 'ql', name: '青龙街道党工委', kind: 'committee', subkind: 'working', parentId: null },

  { id: 'lj', name: '龙锦社区党委', kind: 'committee', subkind: 'community', parentId: 'ql', position: 1 },
  { id: 'lj-b1', name: '龙锦社区第一党支部', kind: 'branch', setting: 'residential', parentId: 'lj', position: 1 },
  { id: 'lj-b1-g1', name: '第一网格党小组', kind: 'group', setting: 'grid', parentId: 'lj-b1', position: 1 },
  { id: 'lj-b1-g2', name: '第二网格党小组', kind: 'group', setting: 'grid', parentId: 'lj-b1', position: 2 },
  { id: 'lj-b2', name: '龙锦社区离退休党支部', kind: 'branch', setting: 'residential', parentId: 'lj', position: 2 },
  {
    id: 'lj-b3',
    name: '龙锦社区服务民生功能型党支部',
    kind: 'branch',
    setting: 'functional',
    function: '服务民生',
    parentId: 'lj',
    position: 3,
  },

  { id: 'qly', name: '青龙苑社区党委', kind: 'committee', subkind: 'community', parentId: 'ql', position: 2 },
  { id: 'qly-b1', name: '青龙苑楼院党支部', kind: 'branch', setting: 'courtyard', parentId: 'qly', position: 1 },
  { id: 'qly-b1-g1', name: '3幢楼群党小组', kind: 'group', setting: 'buildingGroup', parentId: 'qly-b1' },
  { id: 'qly-b2', name: '青龙苑流动党员党支部', kind: 'branch', setting: 'mobile', parentId: 'qly', position: 2 },

  { id: 'df', name: '东方社区党总支', kind: 'generalBranch', parentId: 'ql', position: 3 },
  { id: 'df-b1', name: '东方社区第一党支部', kind: 'branch', parentId: 'df', position: 1 },
  { id: 'df-b2', name: '东方社区第二党支部', kind: 'branch', parentId: 'df', position: 2 },

  {
    id: 'lx',
    name: '青龙街道两新组织综合党委',
    kind: 'committee',
    subkind: 'comprehensive',
    parentId: 'ql',
    position: 4,
  },
  { id: 'lx-b1', name: '青龙科技园联合党支部', kind: 'branch', setting: 'joint', parentId: 'lx' },
];

/** Members per org of the demo tree (full, probationary): enough to make the count badges tell something. */
const membership: Readonly<Record<string, readonly [number, number]>> = {
  'lj-b1': [12, 1],
  'lj-b1-g1': [4, 0],
  'lj-b1-g2': [3, 1],
  'lj-b2': [25, 0],
  'lj-b3': [6, 0],
  'qly-b1': [9, 0],
  'qly-b1-g1': [3, 0],
  'qly-b2': [5, 1],
  'df-b1': [14, 2],
  'df-b2': [8, 0],
  'lx-b1': [7, 1],
};

/** Illustrative members, by the org holding their formal membership (组织关系). */
export const qinglongMembers: Member[] = Object.entries(membership).flatMap(([orgId, [full, probationary]]) =>
  Array.from({ length: full + probationary }, (_, index) => ({
    id: `${orgId}-m${index + 1}`,
    name: `${orgId}党员${index + 1}`,
    gender: index % 2 ? ('female' as const) : ('male' as const),
    birthDate: `19${60 + (index % 35)}-0${1 + (index % 9)}-15`,
    stage: index < full ? ('full' as const) : ('probationary' as const),
    relationOrgId: orgId,
    managingOrgId: orgId,
  })),
);
