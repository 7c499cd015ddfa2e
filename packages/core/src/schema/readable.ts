import { collections } from './collections.js';
import { MemberSchema } from './member.js';
import { z } from './zod.js';

/**
 * A member as a reader receives it: the ID number and the phone may arrive masked
 * (`320402********123X`, `138****5678`), so they are checked for shape, not validity.
 */
export const ReadableMemberSchema = MemberSchema.extend({
  idNumber: z
    .string()
    .regex(/^[0-9*]{17}[0-9Xx*]$/)
    .optional()
    .describe('公民身份号码; masked (first 6 and last 4 kept) unless the reader may unmask it'),
  phone: z
    .string()
    .regex(/^[0-9*-]{7,13}$/)
    .optional()
    .describe('Phone; masked (first 3 and last 4 kept) unless the reader may unmask it'),
});

/** Every collection's schema as readers receive it. */
export const readableCollections = { ...collections, members: ReadableMemberSchema } as const;
