import { IdSchema, IsoDateSchema, TextSchema } from './common.js';
import { z } from './zod.js';

/**
 * Dues categories (dues.json): the in-service bands apply to wage earners, annual-salary earners
 * and the self-employed (第二条至第四条), the retired bands to pensioners (第五条), and a fixed
 * amount to the rest (第六条). Farmers pay an amount the branch sets within 0.2–1 元.
 */
export const duesCategories = [
  'employed',
  'annualSalary',
  'selfEmployed',
  'retired',
  'farmer',
  'student',
  'unemployed',
  'relief',
  'subsistence',
] as const;
export type DuesCategory = (typeof duesCategories)[number];

/** A calendar month in Asia/Shanghai, `2026-11`: the period dues are due for. */
export const DuesPeriodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
export type DuesPeriod = z.output<typeof DuesPeriodSchema>;

/** The most fen a figure may hold: every product with a rate (≤ 10,000 bp) stays a safe integer. */
export const maxFen = 100_000_000_000;

/** Money in integer fen, never negative; the cap keeps every product with a rate a safe integer. */
export const FenSchema = z.number().int().min(0).max(maxFen);

/** FenSchema's test without a parse, for loops over a whole month of members. */
export const isFen = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= maxFen;

/**
 * A member's dues standard (缴费标准) from a month on: the category and, for the rate bands, the
 * monthly base (after-tax regular wage, pension, or last quarter's average); for a farmer, the
 * amount the branch set. A new wage applies from the month it is first paid (第十条), so a
 * standard starts at a month and holds until a later one replaces it.
 */
export const DuesStandardSchema = z.object({
  id: IdSchema,
  memberId: IdSchema,
  category: z.enum(duesCategories),
  baseFen: FenSchema.optional(),
  fixedFen: FenSchema.optional(),
  from: DuesPeriodSchema,
  setOn: IsoDateSchema,
});
export type DuesStandard = z.output<typeof DuesStandardSchema>;

/**
 * 少交或免交党费 (第七条): the branch decides, the next-level committee approves. Only an approved
 * relief changes what a month asks of the member.
 */
export const DuesReliefSchema = z.object({
  id: IdSchema,
  memberId: IdSchema,
  kind: z.enum(['reduce', 'exempt']),
  /** The monthly amount under a reduction. */
  amountFen: FenSchema.optional(),
  from: DuesPeriodSchema,
  /** The last month it covers, inclusive; open-ended when absent. */
  to: DuesPeriodSchema.optional(),
  reason: TextSchema.min(1).max(200),
  branchDecidedOn: IsoDateSchema,
  state: z.enum(['proposed', 'approved', 'rejected']),
  decision: z
    .object({ on: IsoDateSchema, byOrgId: IdSchema.optional(), reason: TextSchema.max(200).optional() })
    .optional(),
});
export type DuesRelief = z.output<typeof DuesReliefSchema>;

/** What one member owes in an opened month: snapshotted when the month opens, never recomputed. */
export const DuesLineSchema = z.object({
  memberId: IdSchema,
  category: z.enum(duesCategories),
  baseFen: FenSchema.optional(),
  /** What the standard asks before any relief. */
  standardFen: FenSchema,
  /** What the month asks: the standard, or the approved relief's amount. */
  dueFen: FenSchema,
  /** The band rule and rate that gave the standard (rate categories only). */
  ruleId: z.string().max(100).optional(),
  rateBp: z.number().int().min(0).max(10_000).optional(),
  article: TextSchema.max(100),
  reliefId: IdSchema.optional(),
  /** 缓交: agreed by the branch with a reason; paid later as a back-payment. */
  deferral: z.object({ reason: TextSchema.min(1).max(200), agreedOn: IsoDateSchema }).optional(),
});
export type DuesLine = z.output<typeof DuesLineSchema>;

/** The month's way up: the branch collects, reports once nobody is owing, the higher org settles. */
export const duesMonthStates = ['collecting', 'reported', 'settled'] as const;

/** One branch's dues month (党费收缴月): each member's category and amount as they were when it opened. */
export const DuesMonthSchema = z.object({
  id: IdSchema,
  orgId: IdSchema,
  period: DuesPeriodSchema,
  openedOn: IsoDateSchema,
  state: z.enum(duesMonthStates),
  reportedOn: IsoDateSchema.optional(),
  settled: z.object({ on: IsoDateSchema, byOrgId: IdSchema }).optional(),
  lines: z.array(DuesLineSchema).max(5000),
});
export type DuesMonth = z.output<typeof DuesMonthSchema>;

/** 本人交纳 or 代缴 by a relative or another member (第十二条). */
export const DuesPayerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('self') }),
  z.object({
    kind: z.literal('proxy'),
    name: TextSchema.min(1).max(50),
    relation: z.enum(['relative', 'otherMember']),
  }),
]);

/** Cash, or an online payment with its transaction reference. */
export const DuesMethodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cash') }),
  z.object({ kind: z.literal('online'), reference: TextSchema.trim().min(1).max(64) }),
]);

/**
 * One payment of one month's dues. `collectedByOrgId` and `creditPeriod` say which org collected
 * it and in which of its months it counts: a back-payment of a deferred month is credited to the
 * org that collects it, in the month it is paid.
 */
export const DuesPaymentSchema = z.object({
  id: IdSchema,
  monthId: IdSchema,
  memberId: IdSchema,
  amountFen: FenSchema,
  /** What was paid beyond the month's due: voluntary extra dues (第十一条). */
  extraFen: FenSchema,
  paidOn: IsoDateSchema,
  collectedByOrgId: IdSchema,
  creditPeriod: DuesPeriodSchema,
  payer: DuesPayerSchema,
  method: DuesMethodSchema,
});
export type DuesPayment = z.output<typeof DuesPaymentSchema>;
