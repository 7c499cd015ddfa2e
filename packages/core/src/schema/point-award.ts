import { IdSchema, IsoDateSchema, TextSchema } from './common.js';
import { z } from './zod.js';

/** 人工加分: points a member was given by hand, for an item of the scheme, with the reason. */
export const PointAwardSchema = z.object({
  id: IdSchema,
  memberId: IdSchema,
  schemeId: IdSchema,
  itemId: z.string().regex(/^[a-zA-Z][\w.-]{0,63}$/),
  points: z.number().int().min(1).max(1000),
  reason: TextSchema.trim().min(1).max(300),
  on: IsoDateSchema,
  /** Who awarded it and under which of their roles the scheme let them. */
  awardedBy: z.object({ actorId: z.string().min(1).max(128), role: z.string().min(1).max(64) }),
  /** Set when the award was taken back: it no longer counts, and says why. */
  revoked: z
    .object({ on: IsoDateSchema, reason: TextSchema.trim().min(1).max(300), actorId: z.string().min(1).max(128) })
    .optional(),
});
export type PointAward = z.output<typeof PointAwardSchema>;
