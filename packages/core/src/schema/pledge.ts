import { IdSchema, IsoDateSchema, TextSchema } from './common.js';
import { z } from './zod.js';

/** 依岗承诺: made → fulfilment reported → assessed by the branch, or withdrawn before it is assessed. */
export const pledgeStates = ['made', 'reported', 'assessed', 'withdrawn'] as const;
export type PledgeState = (typeof pledgeStates)[number];

/** The branch's assessment (践诺评议): kept, partly kept, not kept. */
export const pledgeOutcomes = ['fulfilled', 'partly', 'not'] as const;
export type PledgeOutcome = (typeof pledgeOutcomes)[number];

/** What the member shows for a kept promise: words, and links to photos or records. */
export const PledgeFulfilmentSchema = z.object({
  reportedOn: IsoDateSchema,
  evidence: TextSchema.trim().min(1).max(1000),
  links: z
    .array(z.url({ protocol: /^https?$/ }).max(500))
    .max(10)
    .default([]),
});
export type PledgeFulfilment = z.output<typeof PledgeFulfilmentSchema>;

export const PledgeAssessmentSchema = z.object({
  outcome: z.enum(pledgeOutcomes),
  comment: TextSchema.max(500).optional(),
  assessedOn: IsoDateSchema,
  /** The account that recorded the assessment. */
  assessedBy: z.string().min(1).max(128),
});
export type PledgeAssessment = z.output<typeof PledgeAssessmentSchema>;

/** 承诺: a member's promise with a due date, shown publicly (亮身份) by name, post and text. */
export const PledgeSchema = z.object({
  id: IdSchema,
  memberId: IdSchema,
  /**
   * The name the pledge is shown under (亮身份), as the member was named when they made it: a
   * resident reads pledges but not the member register, so the public board needs it here.
   */
  memberName: TextSchema.min(1).max(50).optional(),
  /** The org that assesses it: the post's org, or the member's own (managing) org. */
  orgId: IdSchema,
  /** The post the promise is made on (依岗承诺), if any. */
  postId: IdSchema.optional(),
  text: TextSchema.trim().min(1).max(500),
  madeOn: IsoDateSchema,
  /** The day it is due: overdue from the next day on (Asia/Shanghai) unless fulfilment was reported. */
  dueOn: IsoDateSchema,
  state: z.enum(pledgeStates),
  fulfilment: PledgeFulfilmentSchema.optional(),
  assessment: PledgeAssessmentSchema.optional(),
  withdrawnOn: IsoDateSchema.optional(),
  withdrawReason: TextSchema.max(200).optional(),
});
export type Pledge = z.output<typeof PledgeSchema>;
