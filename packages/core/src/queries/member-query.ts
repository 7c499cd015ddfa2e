import { IdSchema } from '../schema/common.js';
import { stages } from '../schema/member.js';
import { z } from '../schema/zod.js';

/** A whole number, given as one (JSON) or as decimal digits (a query string): no `1e3`, no `-1`, no `''`. */
const count = (max: number) =>
  z.union([
    z.number().int().min(0).max(max),
    z
      .string()
      .regex(/^\d{1,9}$/)
      .transform(Number)
      .pipe(z.number().max(max)),
  ]);

/** Sort keys a roster page can be ordered by. */
export const memberSortKeys = ['name', 'id', 'age', 'stage', 'org'] as const;

/**
 * One page of a roster, as a browser asks a server for it: filters (an org's subtree, a category or
 * care flag, a stage, a name or id fragment), an order, and the offset and size of the page; strict: an unknown parameter
 * is a typed error, not ignored.
 */
export const MemberQuerySchema = z.strictObject({
  /** Members whose relation or managing org is at or below this org. */
  org: IdSchema.optional(),
  /** A category or care flag id from the classification rules (`senior`, `hardship`, …). */
  category: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/)
    .optional(),
  /** A care flag (`hardship`, `elderly`, …), on top of `category`. */
  care: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]{0,39}$/)
    .optional(),
  stage: z.enum(stages).optional(),
  /** Part of the name, or the start of the id. */
  q: z.string().trim().min(1).max(50).optional(),
  /** `active` (the roster: 党员花名册) or `all` (archived, transferred-out and deceased members too). */
  status: z.enum(['active', 'all']).default('active'),
  sort: z.enum(memberSortKeys).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
  offset: count(10_000_000).default(0),
  limit: count(500).pipe(z.number().min(1)).default(50),
});
export type MemberQuery = z.input<typeof MemberQuerySchema>;
export type ParsedMemberQuery = z.output<typeof MemberQuerySchema>;
