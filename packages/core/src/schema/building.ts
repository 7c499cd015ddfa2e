import { IdSchema, TextSchema } from './common.js';
import { z } from './zod.js';

/** A residential building: the unit a 楼栋联络员 (liaison) looks after. */
export const BuildingSchema = z.object({
  id: IdSchema,
  name: TextSchema.min(1).max(50),
  /** The building group (楼群党小组) or branch responsible for it. */
  orgId: IdSchema,
  liaisonName: TextSchema.min(1).max(50).optional(),
  liaisonMemberId: IdSchema.optional(),
});
export type Building = z.output<typeof BuildingSchema>;
