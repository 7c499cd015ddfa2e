import { IdSchema, IsoDateSchema, TextSchema } from './common.js';
import { z } from './zod.js';

/** 双报到 (member side): an in-service member reports to the community where they live. */
export const RegistrationSchema = z.object({
  id: IdSchema,
  memberId: IdSchema,
  communityOrgId: IdSchema,
  registeredOn: IsoDateSchema,
  /** Posts the member chose (设岗定责). */
  postIds: z.array(IdSchema).max(20).default([]),
  /** Service time so far, in minutes (whole numbers, like money in fen). */
  serviceMinutes: z.number().int().nonnegative().default(0),
  /** The employer's Party organisation, to report back to (双向反馈). */
  employerOrgName: TextSchema.min(1).max(100).optional(),
});
export type Registration = z.output<typeof RegistrationSchema>;

/** 双报告 / 双向反馈: the community reports a registered member's service to the employer org, per period. */
export const FeedbackReportSchema = z.object({
  id: IdSchema,
  registrationId: IdSchema,
  memberId: IdSchema,
  /** `2026-H1`, `2026-Q3`, `2026` … */
  period: z.string().regex(/^\d{4}(-(Q[1-4]|H[12]|\d{2}))?$/),
  serviceMinutes: z.number().int().nonnegative(),
  activities: z.number().int().nonnegative(),
  assessment: TextSchema.max(500).optional(),
  sentOn: IsoDateSchema,
});
export type FeedbackReport = z.output<typeof FeedbackReportSchema>;
