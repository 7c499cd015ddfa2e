import { IdSchema, TextSchema } from './common.js';
import { evaluationSchemeMessages } from './evaluation-messages.js';
import { stages } from './member.js';
import { orgKinds } from './org.js';
import { schemaIssue } from './schema-issue.js';
import { z } from './zod.js';

/** 优秀 / 合格 / 基本合格 / 不合格, best first (DESIGN §2). */
export const ratings = ['excellent', 'qualified', 'basicallyQualified', 'unqualified'] as const;
export type Rating = (typeof ratings)[number];

/**
 * Who a rater kind may be: `self` the subject itself (marks only itself), `participant` another
 * participant of the round (never itself), `roundOrg` the org running the round, `anyone` a
 * ballot the org enters (the masses', residents', an assessor's).
 */
export const raterIdentities = ['self', 'participant', 'roundOrg', 'anyone'] as const;
export type RaterIdentity = (typeof raterIdentities)[number];

const LabelSchema = z.strictObject({
  'zh-CN': TextSchema.trim().min(1).max(100),
  en: TextSchema.trim().min(1).max(100),
});

/** Where a figure comes from; `confirmed: false` when its text or article was not read. */
const citation = {
  source: TextSchema.max(200).optional(),
  article: TextSchema.max(100).optional(),
  confirmed: z.boolean(),
  note: TextSchema.max(500).optional(),
};
export const CitationSchema = z.strictObject(citation);
export type Citation = z.output<typeof CitationSchema>;

/** `{ num, den, strict }` as the rule tables write fractions: strict means "more than", else "at least". */
const fraction = {
  num: z.number().int().min(0).max(1000),
  den: z.number().int().min(1).max(1000),
  strict: z.boolean(),
};

export const RaterKindSchema = z.strictObject({
  kind: IdSchema,
  label: LabelSchema,
  who: z.enum(raterIdentities),
  /** Percent of the weighted score; the kinds of a scheme add up to 100. */
  weight: z.number().int().min(0).max(100),
});
export type RaterKind = z.output<typeof RaterKindSchema>;

/**
 * One band: the rating when every condition it names holds — a weighted score at least
 * `minScore`, a weighted share of one grade's votes past a fraction. Bands are tried in order;
 * the last names no condition.
 */
export const BandSchema = z.strictObject({
  rating: z.enum(ratings),
  minScore: z.number().int().min(0).max(100).optional(),
  share: z.strictObject({ mark: z.enum(ratings), ...fraction }).optional(),
});
export type Band = z.output<typeof BandSchema>;

export const FollowUpSchema = z.strictObject({ id: IdSchema, label: LabelSchema, required: z.boolean(), ...citation });
export type FollowUp = z.output<typeof FollowUpSchema>;

const EvaluationSchemeShape = z.strictObject({
  id: IdSchema,
  version: z.string().trim().min(1).max(40),
  label: LabelSchema,
  subjectKind: z.enum(['member', 'org']),
  /** What a rater gives each subject: one of the four grades, or a score out of 100. */
  marking: z.enum(['grade', 'score']),
  /** A grade's score, for a scheme whose raters mark grades. */
  gradePoints: z.strictObject(Object.fromEntries(ratings.map((r) => [r, z.number().int().min(0).max(100)]))).optional(),
  raters: z.array(RaterKindSchema).min(1).max(8),
  weights: CitationSchema,
  bands: z.array(BandSchema).min(1).max(12),
  bandsCitation: CitationSchema,
  /**
   * 优秀 at most this share of the subjects with a rating (strict: below it): a finding when
   * passed, never a cap.
   */
  excellentCap: z.strictObject({ ...fraction, ...citation }).optional(),
  /** Members: the stages taking part and the stages rated. Orgs: the kinds of org rated. */
  participants: z.strictObject({
    stages: z.array(z.enum(stages)).min(1).max(5).optional(),
    ratedStages: z.array(z.enum(stages)).max(5).optional(),
    orgKinds: z.array(z.enum(orgKinds)).min(1).max(4).optional(),
    ...citation,
  }),
  /** What each rating calls for: required ones are due until recorded; the rest are the next steps if needed. */
  followUps: z.strictObject(Object.fromEntries(ratings.map((r) => [r, z.array(FollowUpSchema).max(6).optional()]))),
});

type SchemeShape = z.output<typeof EvaluationSchemeShape>;

function refineWeights(scheme: SchemeShape, ctx: z.RefinementCtx): void {
  const sum = scheme.raters.reduce((total, rater) => total + rater.weight, 0);
  if (sum !== 100)
    ctx.addIssue({
      code: 'custom',
      path: ['raters'],
      ...schemaIssue(evaluationSchemeMessages.weightsNotHundred, { sum }),
    });
  const seen = new Set<string>();
  scheme.raters.forEach((rater, index) => {
    if (seen.has(rater.kind)) {
      ctx.addIssue({
        code: 'custom',
        path: ['raters', index, 'kind'],
        ...schemaIssue(evaluationSchemeMessages.duplicateRaterKind, { kind: rater.kind }),
      });
    }
    seen.add(rater.kind);
  });
  const selves = scheme.raters.filter((rater) => rater.who === 'self');
  if (selves.length > 1)
    ctx.addIssue({ code: 'custom', path: ['raters'], ...schemaIssue(evaluationSchemeMessages.oneSelfRater) });
}

function refineBands(scheme: SchemeShape, ctx: z.RefinementCtx): void {
  const last = scheme.bands.length - 1;
  const lastBand = scheme.bands[last]!;
  if (lastBand.minScore !== undefined || lastBand.share !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['bands', last],
      ...schemaIssue(evaluationSchemeMessages.lastBandCatchesAll),
    });
  }
  scheme.bands.forEach((band, index) => {
    if (band.share === undefined) return;
    if (scheme.marking !== 'grade') {
      ctx.addIssue({
        code: 'custom',
        path: ['bands', index, 'share'],
        ...schemaIssue(evaluationSchemeMessages.shareNeedsGrades),
      });
    }
    overOne(band.share, ['bands', index, 'share'], ctx);
  });
  if (scheme.marking === 'grade' && scheme.gradePoints === undefined) {
    ctx.addIssue({ code: 'custom', path: ['gradePoints'], ...schemaIssue(evaluationSchemeMessages.gradePointsNeeded) });
  }
  if (scheme.excellentCap) overOne(scheme.excellentCap, ['excellentCap'], ctx);
}

function overOne(share: { num: number; den: number }, path: (string | number)[], ctx: z.RefinementCtx): void {
  if (share.num > share.den) {
    ctx.addIssue({
      code: 'custom',
      path,
      ...schemaIssue(evaluationSchemeMessages.fractionOverOne, { num: share.num, den: share.den }),
    });
  }
}

function refineParticipants(scheme: SchemeShape, ctx: z.RefinementCtx): void {
  const { stages: taking, ratedStages, orgKinds: kinds } = scheme.participants;
  const fits = scheme.subjectKind === 'member' ? taking && ratedStages && !kinds : kinds && !taking && !ratedStages;
  if (!fits)
    ctx.addIssue({
      code: 'custom',
      path: ['participants'],
      ...schemaIssue(evaluationSchemeMessages.participantsOfKind),
    });
  (ratedStages ?? []).forEach((stage, index) => {
    if (taking && !taking.includes(stage)) {
      ctx.addIssue({
        code: 'custom',
        path: ['participants', 'ratedStages', index],
        ...schemaIssue(evaluationSchemeMessages.ratedTakePart, { stage }),
      });
    }
  });
  for (const rating of ratings) {
    const ids = (scheme.followUps[rating] ?? []).map((followUp) => followUp.id);
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: ['followUps', rating, index, 'id'],
          ...schemaIssue(evaluationSchemeMessages.duplicateFollowUp, { id }),
        });
      }
    });
  }
}

/**
 * An evaluation scheme (民主评议党员, 多向度考评 of orgs) as data a portal edits without code:
 * rater kinds and their weights, how marks become a rating, the 优秀 share, who is rated and the
 * follow-ups each rating calls for — each figure with where it comes from.
 */
export const EvaluationSchemeSchema = EvaluationSchemeShape.superRefine((scheme, ctx) => {
  refineWeights(scheme, ctx);
  refineBands(scheme, ctx);
  refineParticipants(scheme, ctx);
});
export type EvaluationScheme = z.output<typeof EvaluationSchemeSchema>;
