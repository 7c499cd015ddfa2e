import { IdSchema, TextSchema } from './common.js';
import { z } from './zod.js';
import { schemaMessages } from './messages.js';
import { schemaIssue } from './schema-issue.js';

export * from './org-kinds.js';
import {
  orgKinds,
  committeeSubkinds,
  branchSettings,
  groupSettings,
  secretarySelections,
  orgKindLabels,
} from './org-kinds.js';

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
