import { IdSchema, IsoDateSchema } from './common.js';
import { z } from './zod.js';

/**
 * 网格党小组 placement: a member's grid group near home (漳州: every member of a district placed in
 * one grid group). Apart from the member's formal and managing orgs: a member of a unit branch
 * still joins the grid group where they live.
 */
export const GridPlacementSchema = z.object({
  id: IdSchema,
  memberId: IdSchema,
  /** A group with `setting: 'grid'`. */
  groupOrgId: IdSchema,
  since: IsoDateSchema,
});
export type GridPlacement = z.output<typeof GridPlacementSchema>;
