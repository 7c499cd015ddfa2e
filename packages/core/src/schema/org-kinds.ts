// The org kinds, settings and nesting as plain data, apart from the zod schemas: display code
// (the org tree's drop targets, its labels) reads them without shipping a validator.

/** 党委 / 党总支 / 党支部 / 党小组 */
export const orgKinds = ['committee', 'generalBranch', 'branch', 'group'] as const;
export type OrgKind = (typeof orgKinds)[number];

/** 党工委 / 社区党委 / 综合党委 */
export const committeeSubkinds = ['working', 'community', 'comprehensive'] as const;

/** How a branch is set up: 居民 / 楼院 / 功能型 / 联合 / 留守 / 单位 / 流动. */
export const branchSettings = [
  'residential',
  'courtyard',
  'functional',
  'joint',
  'retained',
  'unit',
  'mobile',
] as const;

/** How a group is set up: 楼群 / 网格 / 片区 / 过渡期 / 流动 / 志愿 / 义务巡防 / 文艺宣传. */
export const groupSettings = [
  'buildingGroup',
  'grid',
  'area',
  'transitional',
  'mobile',
  'volunteer',
  'patrol',
  'culture',
] as const;

/** How a courtyard branch's secretary was found: 直选式 / 调配式（人才库） / 挂职式（街道下派）. */
export const secretarySelections = ['direct', 'assigned', 'seconded'] as const;

/**
 * Which kinds may sit directly under which. A group is the leaf: it never holds an org.
 * Data, not code, so the tree check and the UI's drop targets read the same table.
 */
export const allowedChildKinds: Readonly<Record<OrgKind, readonly OrgKind[]>> = {
  committee: ['committee', 'generalBranch', 'branch'],
  generalBranch: ['branch'],
  branch: ['group'],
  group: [],
};

/** Kinds that may stand at the top of a tenant's tree. */
export const rootKinds: readonly OrgKind[] = ['committee', 'generalBranch', 'branch'];

export const orgKindLabels: Readonly<Record<OrgKind, { 'zh-CN': string; en: string }>> = {
  committee: { 'zh-CN': '党委', en: 'committee' },
  generalBranch: { 'zh-CN': '党总支', en: 'general branch' },
  branch: { 'zh-CN': '党支部', en: 'branch' },
  group: { 'zh-CN': '党小组', en: 'group' },
};
