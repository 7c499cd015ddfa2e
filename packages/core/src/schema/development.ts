import { IdSchema, IsoDateSchema, TextSchema } from './common.js';
import { z } from './zod.js';

/** The number of steps in development.json (`steps`); a test keeps the two equal. */
export const developmentStepCount = 25;

export const DevelopmentStepNumberSchema = z.number().int().min(1).max(developmentStepCount);

/** Who took a step: a person (by name, and their member record when they have one) acting for an org. */
export const StepActorSchema = z.object({
  name: TextSchema.min(1).max(50),
  memberId: IdSchema.optional(),
  orgId: IdSchema.optional(),
});

/** A document a step produced or used: the application, the talk record, the 志愿书 … */
export const StepDocumentSchema = z.object({
  title: TextSchema.min(1).max(100),
  /** Where the paper or scan is kept: an archive number, a file reference. */
  ref: TextSchema.max(200).optional(),
});

/** 公示: the first day the notice was posted (it runs for the working days development.json asks). */
export const PublicNoticeSchema = z.object({ from: IsoDateSchema, place: TextSchema.max(100).optional() });

/** 集中培训: its length in days or in class hours (学时). */
export const CandidateTrainingSchema = z
  .object({
    days: z.number().int().min(0).max(365).optional(),
    classHours: z.number().int().min(0).max(10_000).optional(),
  })
  .strict();

/** One step as recorded: when, by whom, with which documents, and the facts some steps carry. */
export const DevelopmentStepSchema = z.object({
  step: DevelopmentStepNumberSchema,
  on: IsoDateSchema,
  actor: StepActorSchema,
  documents: z.array(StepDocumentSchema).max(20).default([]),
  /** Step 7 (确定发展对象) carries the public notice that preceded it. */
  notice: PublicNoticeSchema.optional(),
  /** Step 11 (集中培训) carries the training's length. */
  training: CandidateTrainingSchema.optional(),
});
export type DevelopmentStep = z.output<typeof DevelopmentStepSchema>;

/** 延长预备期: decided once, by the branch assembly, for a number of months. */
export const ProbationExtensionSchema = z.object({
  decidedOn: IsoDateSchema,
  months: z.number().int().min(1).max(24),
});

/**
 * One person's way into the Party (发展党员): the member record it moves through the stages, the
 * branch that develops them, the steps taken so far (step 6, the half-yearly assessment, may
 * repeat), their training contacts (培养联系人) and introducers (入党介绍人).
 */
export const DevelopmentProcessSchema = z.object({
  id: IdSchema,
  memberId: IdSchema,
  orgId: IdSchema,
  steps: z.array(DevelopmentStepSchema).min(1).max(100),
  contacts: z.array(IdSchema).max(2).default([]),
  introducers: z.array(IdSchema).max(2).default([]),
  probationExtension: ProbationExtensionSchema.optional(),
});
export type DevelopmentProcess = z.output<typeof DevelopmentProcessSchema>;
