import { IdSchema, TextSchema } from './common.js';
import { z } from './zod.js';
import { schemaMessages } from './messages.js';
import { schemaIssue } from './schema-issue.js';

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

/** The fields of an organisation, before the cross-field checks of `OrgSchema`. */
export const OrgShape = z.object({
  id: IdSchema,
  name: TextSchema.min(1).max(100),
  kind: z.enum(orgKinds),
  parentId: IdSchema.nullable(),
  subkind: z.enum(committeeSubkinds).optional(),
  setting: z.enum([...branchSettings, ...groupSettings]).optional(),
  /** What a functional branch (功能型党支部) does: 服务民生, 维护稳定, 文明创建 … */
  function: TextSchema.min(1).max(50).optional(),
  /** Order among siblings, for display. */
  position: z.number().int().nonnegative().optional(),
  /** 楼院党支部: how the secretary was found. */
  secretarySelection: z.enum(secretarySelections).optional(),
  /** Set up by a higher committee's decision (a committee below 100 members may exist then). */
  approvedByHigherCommittee: z.boolean().optional(),
  /** Members of the branch committee (支委), secretary included; absent when there is no committee. */
  committeeSize: z.number().int().min(1).max(15).optional(),
  /** 联合党支部: the units it covers (联建). */
  unitIds: z.array(IdSchema).max(20).optional(),
});

/** Cross-field checks shared by the entity schema and the inputs built from its shape. */
export function refineOrg(org: z.output<typeof OrgShape>, ctx: z.RefinementCtx): void {
  if (org.subkind !== undefined && org.kind !== 'committee') {
    ctx.addIssue({
      code: 'custom',
      path: ['subkind'],
      ...schemaIssue(schemaMessages.subkindOnlyForCommittee),
    });
  }
  // Only branches and groups are set up in a particular way; committees and general branches are not.
  const settings: readonly string[] =
    org.kind === 'group' ? groupSettings : org.kind === 'branch' ? branchSettings : [];
  if (org.setting !== undefined && !settings.includes(org.setting)) {
    ctx.addIssue({
      code: 'custom',
      path: ['setting'],
      ...schemaIssue(schemaMessages.settingNotAllowed, { kind: orgKindLabels[org.kind], setting: org.setting }),
    });
  }
  if (org.function !== undefined && org.setting !== 'functional') {
    ctx.addIssue({
      code: 'custom',
      path: ['function'],
      ...schemaIssue(schemaMessages.functionOnlyForFunctionalBranch),
    });
  }
}

export const OrgSchema = OrgShape.superRefine(refineOrg);
export type Org = z.output<typeof OrgSchema>;
