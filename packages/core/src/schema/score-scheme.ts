import { ConditionSchema } from '../rules/condition.js';
import { IdSchema, IsoDateSchema, TextSchema } from './common.js';
import { meetingKinds } from './meeting.js';
import { scoreSchemeMessages } from './score-scheme-messages.js';
import { schemaIssue } from './schema-issue.js';
import { z } from './zod.js';

/**
 * Where a points line comes from: records the snapshot already holds (meetings attended, wishes
 * fulfilled, pledges on a post kept, volunteer hours confirmed) or a manual award with its reason.
 * Each id is one pure reader in engines/points/score-sources.ts; a new source is one id here and
 * one reader there.
 */
export const scoreSourceIds = [
  'meetingAttended',
  'wishFulfilled',
  'pledgeFulfilled',
  'volunteerHours',
  'manualAward',
] as const;
export type ScoreSourceId = (typeof scoreSourceIds)[number];

/** 基础分 / 任务分 / 奖励分: the three parts local schemes split a year's points into. */
export const scoreParts = ['base', 'task', 'reward'] as const;
export type ScorePart = (typeof scoreParts)[number];

/** Calendar periods (Asia/Shanghai) an item's cap counts over; everything restarts each year. */
export const capPeriods = ['month', 'quarter', 'year'] as const;
export type CapPeriod = (typeof capPeriods)[number];

const LabelSchema = z.strictObject({ 'zh-CN': TextSchema.min(1).max(100), en: TextSchema.min(1).max(100) });
const ReasonSchema = z.strictObject({ 'zh-CN': TextSchema.min(1).max(300), en: TextSchema.min(1).max(300) });
const SchemeIdSchema = z.string().regex(/^[a-zA-Z][\w.-]{0,63}$/);

/** Points per whole `quantity` units of the source (60 minutes of service, one meeting). */
const PerSchema = z.strictObject({
  quantity: z.number().int().min(1).max(100_000),
  unit: z.enum(['occurrence', 'minute']),
});

export const ScoreItemSchema = z.strictObject({
  id: SchemeIdSchema,
  label: LabelSchema,
  part: z.enum(scoreParts),
  source: z.enum(scoreSourceIds),
  /** Meeting kinds that count (meeting attendance only); every kind when absent. */
  kinds: z.array(z.enum(meetingKinds)).min(1).max(meetingKinds.length).optional(),
  /** Points per `per` (one occurrence by default); for a manual award, the most one award gives. */
  points: z.number().int().min(1).max(1000),
  per: PerSchema.optional(),
  /** The most the item gives a member in one period; the rest of a line over it is not counted. */
  capPerPeriod: z.strictObject({ period: z.enum(capPeriods), max: z.number().int().min(1).max(100_000) }).optional(),
  /** Role ids that may award the item by hand (manual awards only). */
  awardedBy: z
    .array(z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/))
    .max(16)
    .default([]),
});
export type ScoreItem = z.output<typeof ScoreItemSchema>;

/** 一票否决: when `when` holds for a member, the year's total (or its reward part) counts nothing. */
export const ScoreVetoSchema = z.strictObject({
  id: SchemeIdSchema,
  label: LabelSchema,
  when: ConditionSchema,
  zeroes: z.enum(['year', 'reward']),
  reason: ReasonSchema,
});
export type ScoreVeto = z.output<typeof ScoreVetoSchema>;

/** Members the scheme does not rank (over 70, long ill …): their lines are kept, their rank is not given. */
export const ScoreExclusionSchema = z.strictObject({
  id: SchemeIdSchema,
  label: LabelSchema,
  when: ConditionSchema,
  reason: ReasonSchema,
});
export type ScoreExclusion = z.output<typeof ScoreExclusionSchema>;

const ScoreSchemeShape = z.strictObject({
  id: IdSchema,
  /** The org that set it: it holds for the members managed in its subtree (the whole tenant when absent). */
  orgId: IdSchema.optional(),
  version: z.string().min(1).max(50),
  /** The first day it holds (Asia/Shanghai); a year is scored under the version in force on its last counted day. */
  validFrom: IsoDateSchema,
  label: LabelSchema,
  items: z.array(ScoreItemSchema).min(1).max(200),
  vetoes: z.array(ScoreVetoSchema).max(50).default([]),
  exclusions: z.array(ScoreExclusionSchema).max(50).default([]),
  /** Lookup tables the conditions name (`{ op: 'lookup', table }`). */
  tables: z.record(z.string().min(1).max(50), z.array(z.string().max(100)).max(500)).default({}),
});

type SchemeShape = z.output<typeof ScoreSchemeShape>;

/** Every id of the scheme's items, vetoes and exclusions, with where it sits. */
function idsWithPaths(scheme: SchemeShape): [string, (string | number)[]][] {
  return [
    ...scheme.items.map((item, index): [string, (string | number)[]] => [item.id, ['items', index, 'id']]),
    ...scheme.vetoes.map((veto, index): [string, (string | number)[]] => [veto.id, ['vetoes', index, 'id']]),
    ...scheme.exclusions.map((exclusion, index): [string, (string | number)[]] => [
      exclusion.id,
      ['exclusions', index, 'id'],
    ]),
  ];
}

/**
 * A points scheme (积分细则) as data a portal edits: items with their points, parts, caps and
 * awarders, one-vote vetoes and exclusions as conditions in the rule language. What does not hold
 * together is refused naming the path (`items.2.capPerPeriod.max`), never silently adjusted.
 */
export const ScoreSchemeSchema = ScoreSchemeShape.superRefine((scheme, context) => {
  const seen = new Set<string>();
  for (const [id, path] of idsWithPaths(scheme)) {
    if (seen.has(id))
      context.addIssue({ code: 'custom', path, ...schemaIssue(scoreSchemeMessages.duplicateId, { id }) });
    seen.add(id);
  }
  scheme.items.forEach((item, index) => {
    if (item.kinds && item.source !== 'meetingAttended') {
      context.addIssue({
        code: 'custom',
        path: ['items', index, 'kinds'],
        ...schemaIssue(scoreSchemeMessages.kindsOnlyForMeetings),
      });
    }
    if (item.source === 'manualAward' && item.awardedBy.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['items', index, 'awardedBy'],
        ...schemaIssue(scoreSchemeMessages.awardersForManual),
      });
    }
    if (item.capPerPeriod && item.capPerPeriod.max < item.points) {
      const params = { max: item.capPerPeriod.max, points: item.points };
      context.addIssue({
        code: 'custom',
        path: ['items', index, 'capPerPeriod', 'max'],
        ...schemaIssue(scoreSchemeMessages.capBelowPoints, params),
      });
    }
  });
});
export type ScoreScheme = z.output<typeof ScoreSchemeSchema>;
export type ScoreSchemeInput = z.input<typeof ScoreSchemeSchema>;
