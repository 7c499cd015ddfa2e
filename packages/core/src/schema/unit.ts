import { IdSchema, TextSchema } from './common.js';
import { z } from './zod.js';

/** 驻区单位 / 两新组织: 机关 / 事业单位 / 国有企业 / 非公企业 / 社会组织. */
export const unitKinds = ['agency', 'institution', 'stateOwned', 'privateEnterprise', 'socialOrganisation'] as const;
export type UnitKind = (typeof unitKinds)[number];

/** How a unit is covered: 单建 own org / 联建 shared org / 挂建 attached to another org / 派建 a dispatched instructor. */
export const formations = ['standalone', 'joint', 'attached', 'instructor'] as const;
export type Formation = (typeof formations)[number];

/** Units whose Party-building the community must cover: the two new kinds (两新组织). */
export const newSectorKinds: readonly UnitKind[] = ['privateEnterprise', 'socialOrganisation'];

/**
 * A unit in the jurisdiction. `orgId` is the org that covers it (its own, a joint branch, or the
 * host org it is attached to); `instructor` the 党建指导员 dispatched to it.
 */
export const UnitSchema = z.object({
  id: IdSchema,
  name: TextSchema.min(1).max(100),
  kind: z.enum(unitKinds),
  /** The community org whose jurisdiction the unit sits in. */
  communityOrgId: IdSchema.optional(),
  employees: z.number().int().nonnegative().optional(),
  /** Full Party members working there. */
  fullMembers: z.number().int().nonnegative().optional(),
  formation: z.enum(formations).optional(),
  orgId: IdSchema.optional(),
  instructor: z.object({ name: TextSchema.min(1).max(50), memberId: IdSchema.optional() }).optional(),
});
export type Unit = z.output<typeof UnitSchema>;

/** Their names for readers, in both locales (data beside the schema, like `orgKindLabels`). */
export { formationLabels, unitKindLabels } from './unit-labels.js';
