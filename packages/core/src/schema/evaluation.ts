import { IdSchema, IsoDateSchema, IsoInstantSchema, TextSchema } from './common.js';
import { evaluationSchemeMessages } from './evaluation-messages.js';
import { EvaluationSchemeSchema, ratings } from './evaluation-scheme.js';
import { stages } from './member.js';
import { schemaIssue } from './schema-issue.js';
import { z } from './zod.js';

/** Who takes part in a round, fixed when it opens: a member (with their stage then) or an org. */
export const EvaluationParticipantSchema = z.strictObject({
  id: IdSchema,
  stage: z.enum(stages).optional(),
  /** False for those who take part but are not rated (probationary members under the default scheme). */
  rated: z.boolean(),
});
export type EvaluationParticipant = z.output<typeof EvaluationParticipantSchema>;

/** The org's rating of one subject: the computed band, and a reason where it decided otherwise. */
export const EvaluationDecisionSchema = z.strictObject({
  subjectId: IdSchema,
  rating: z.enum(ratings),
  computed: z.enum(ratings).optional(),
  reason: TextSchema.max(300).optional(),
  decidedAt: IsoInstantSchema,
  decidedBy: z.string().min(1).max(128),
});
export type EvaluationDecision = z.output<typeof EvaluationDecisionSchema>;

export const EvaluationFollowUpRecordSchema = z.strictObject({
  subjectId: IdSchema,
  followUp: IdSchema,
  doneOn: IsoDateSchema,
  note: TextSchema.max(300).optional(),
});
export type EvaluationFollowUpRecord = z.output<typeof EvaluationFollowUpRecordSchema>;

/** One round of 民主评议 (members) or 多向度考评 (orgs): an org, a year, the scheme it runs under. */
export const EvaluationSchema = z.object({
  id: IdSchema,
  /** The org running it: a branch rating its members, a committee assessing the orgs below it. */
  orgId: IdSchema,
  year: z.number().int().min(2000).max(2100),
  /** The whole scheme, copied when the round opens: later edits to a portal's scheme never change it. */
  scheme: EvaluationSchemeSchema,
  state: z.enum(['open', 'closed']),
  openedAt: IsoInstantSchema,
  closedAt: IsoInstantSchema.optional(),
  participants: z.array(EvaluationParticipantSchema).max(2000),
  decisions: z.array(EvaluationDecisionSchema).max(2000).default([]),
  followUps: z.array(EvaluationFollowUpRecordSchema).max(6000).default([]),
});
export type Evaluation = z.output<typeof EvaluationSchema>;

export const EvaluationMarkSchema = z
  .strictObject({
    subjectId: IdSchema,
    grade: z.enum(ratings).optional(),
    score: z.number().int().min(0).max(100).optional(),
  })
  .refine((mark) => (mark.grade === undefined) !== (mark.score === undefined), {
    path: ['grade'],
    ...schemaIssue(evaluationSchemeMessages.oneMark),
  });
export type EvaluationMark = z.output<typeof EvaluationMarkSchema>;

/** One rater's marks in a round: a self-evaluation, a peer's, a masses' or assessor's ballot, the org's. */
export const EvaluationBallotSchema = z.object({
  id: IdSchema,
  evaluationId: IdSchema,
  raterKind: IdSchema,
  /** A member or org id for self, peer and org raters; the ballot's own label for an anonymous one. */
  raterId: IdSchema,
  /** The member rating in their own name (self and peer ballots of a member round): the policy's self scope. */
  memberId: IdSchema.optional(),
  /** The org rating in its own name (self and peer ballots of an org round): its staff enter them. */
  raterOrgId: IdSchema.optional(),
  marks: z.array(EvaluationMarkSchema).min(1).max(2000),
  submittedAt: IsoInstantSchema,
});
export type EvaluationBallot = z.output<typeof EvaluationBallotSchema>;
