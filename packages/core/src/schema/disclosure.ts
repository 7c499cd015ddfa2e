import { IdSchema, IsoInstantSchema, TextSchema } from './common.js';
import { z } from './zod.js';

/** The personal fields that are masked everywhere unless disclosed. */
export const personalFields = ['idNumber', 'phone'] as const;
export type PersonalField = (typeof personalFields)[number];

/**
 * One disclosure of a member's ID number or phone to one actor: unmasking is a write, so it is
 * in the audit chain with who asked, when and why. The value itself is never stored here.
 */
export const DisclosureSchema = z.object({
  id: IdSchema,
  memberId: IdSchema,
  field: z.enum(personalFields),
  actorId: z.string().min(1).max(128),
  at: IsoInstantSchema,
  reason: TextSchema.trim().min(2).max(200),
});
export type Disclosure = z.output<typeof DisclosureSchema>;
