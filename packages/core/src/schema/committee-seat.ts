import { IdSchema, IsoDateSchema, TextSchema } from './common.js';
import { z } from './zod.js';

/**
 * 兼职委员: a unit org's leader sitting part-time on a community committee. The person is named
 * here (they are usually not a member of the community's own roster).
 */
export const CommitteeSeatSchema = z.object({
  id: IdSchema,
  orgId: IdSchema,
  unitId: IdSchema,
  personName: TextSchema.min(1).max(50),
  from: IsoDateSchema,
  to: IsoDateSchema.optional(),
});
export type CommitteeSeat = z.output<typeof CommitteeSeatSchema>;
