import { shanghaiDate } from '../../calendar/instant.js';
import { traceCondition, type ConditionTrace } from '../../rules/explain-rule-set.js';
import type { Facts } from '../../rules/condition.js';
import { FactValueSchema } from '../../rules/rule-cases.js';
import pointsCases from '../../rules/sets/points.cases.json';
import { IsoDateSchema, TextSchema } from '../../schema/common.js';
import { meetingKinds } from '../../schema/meeting.js';
import { scoreParts, scoreSourceIds, type ScoreScheme, type ScoreSourceId } from '../../schema/score-scheme.js';
import { z } from '../../schema/zod.js';
import { scoreLedger, type LedgerLine, type PartTotals } from './score-ledger.js';
import type { SourceEntry, SourceRef } from './score-sources.js';

/** One thing the member did, as a source reader would give it (a manual award names its item; its quantity is its points). */
const PointsEventSchema = z.strictObject({
  source: z.enum(scoreSourceIds),
  on: IsoDateSchema,
  quantity: z.number().int().min(1).max(100_000),
  kind: z.enum(meetingKinds).optional(),
  itemId: z.string().min(1).max(64).optional(),
});

/**
 * One points case, as data: a member with these facts (status, age, care … as `memberFacts`
 * gives them) did these things in the year of `asOf`; the scheme gives exactly `expect.total`,
 * and where written, these parts and these points per item.
 */
export const PointsCaseSchema = z.strictObject({
  name: TextSchema.min(1).max(200),
  asOf: IsoDateSchema,
  facts: z.strictObject({
    member: z.record(z.string(), FactValueSchema).default({}),
    events: z.array(PointsEventSchema).max(1000),
  }),
  expect: z.strictObject({
    total: z.number().int().min(0),
    parts: z.partialRecord(z.enum(scoreParts), z.number().int().min(0)).optional(),
    items: z.record(z.string(), z.number().int().min(0)).optional(),
  }),
});
export type PointsCase = z.output<typeof PointsCaseSchema>;

export const PointsCasesSchema = z.strictObject({
  ruleSetId: z.string().min(1).max(100),
  cases: z.array(PointsCaseSchema).max(1000),
});
export type PointsCases = z.output<typeof PointsCasesSchema>;

/** The cases the kit ships beside its example points scheme (rules/sets/points.cases.json), validated. */
export const pointsRuleCases: PointsCases = PointsCasesSchema.parse(pointsCases);

/** A veto or exclusion judged on the member's facts, with each condition and the fact it read. */
export interface PointsConditionRun {
  readonly id: string;
  readonly held: boolean;
  readonly condition: ConditionTrace;
}

/** What the case expected and what the scheme gave: the total, a part, or an item's points. */
export interface PointsMismatch {
  readonly what: 'total' | 'part' | 'item';
  readonly id?: string;
  readonly expected: number;
  readonly actual: number;
}

export interface PointsCaseResult {
  readonly name: string;
  readonly passed: boolean;
  readonly mismatches: readonly PointsMismatch[];
  readonly total: number;
  readonly parts: PartTotals;
  /** Every line `scoreLedger` wrote, with the cap or veto that took points off it. */
  readonly lines: readonly LedgerLine[];
  readonly vetoes: readonly PointsConditionRun[];
  readonly exclusions: readonly PointsConditionRun[];
  /** Ranked or not: the first exclusion that holds. */
  readonly excludedBy?: string;
  /** Events (by index) no item counts, and those outside the year of `asOf` or after it. */
  readonly unmatched: readonly number[];
  readonly outsideYear: readonly number[];
}

const collectionOf: Readonly<Record<ScoreSourceId, SourceRef['collection']>> = {
  meetingAttended: 'meetings',
  wishFulfilled: 'wishes',
  pledgeFulfilled: 'pledges',
  volunteerHours: 'volunteerHours',
  manualAward: 'pointAwards',
};

/** The case's events as source entries; the ref id keeps event order (`event-0007`). */
function entriesOf(events: PointsCase['facts']['events']) {
  return events.map((event, index) => {
    const entry: SourceEntry = {
      memberId: 'case-member',
      on: event.on,
      sourceRef: { collection: collectionOf[event.source], id: `event-${String(index).padStart(4, '0')}` },
      quantity: event.quantity,
      ...(event.kind && { kind: event.kind }),
      // A manual award names its item and gives its quantity as points, as the award reader does.
      ...(event.source === 'manualAward' && { points: event.quantity }),
      ...(event.itemId && { itemId: event.itemId }),
    };
    return { index, source: event.source, entry };
  });
}

const judged = (
  rules: readonly { id: string; when: Parameters<typeof traceCondition>[0] }[],
  facts: Facts,
  asOf: string,
  tables: ScoreScheme['tables'],
): PointsConditionRun[] =>
  rules.map((rule) => {
    const condition = traceCondition(rule.when, facts, { asOf: shanghaiDate(asOf) }, tables);
    return { id: rule.id, held: condition.passed, condition };
  });

/** One case under a scheme, by `scoreLedger` itself: the ledger, the vetoes and exclusions judged, the events not counted. */
export function judgePointsCase(scheme: ScoreScheme, each: PointsCase) {
  const facts = each.facts.member as Facts;
  const entries = entriesOf(each.facts.events);
  const inYear = entries.filter(({ entry }) => entry.on.slice(0, 4) === each.asOf.slice(0, 4) && entry.on <= each.asOf);
  const vetoes = judged(scheme.vetoes, facts, each.asOf, scheme.tables);
  const exclusions = judged(scheme.exclusions, facts, each.asOf, scheme.tables);
  const held = scheme.vetoes.filter((veto) => vetoes.find((run) => run.id === veto.id)!.held);
  const ledger = scoreLedger(inYear, scheme, held);
  const counted = new Set(ledger.lines.map((line) => line.sourceRef.id));
  return {
    ...ledger,
    vetoes,
    exclusions,
    excludedBy: exclusions.find((run) => run.held)?.id,
    unmatched: inYear.filter(({ entry }) => !counted.has(entry.sourceRef.id)).map(({ index }) => index),
    outsideYear: entries.filter((entry) => !inYear.includes(entry)).map(({ index }) => index),
  };
}

function mismatchesOf(expect: PointsCase['expect'], total: number, parts: PartTotals, lines: readonly LedgerLine[]) {
  const found: PointsMismatch[] = [];
  if (expect.total !== total) found.push({ what: 'total', expected: expect.total, actual: total });
  for (const [part, expected] of Object.entries(expect.parts ?? {})) {
    const actual = parts[part as keyof PartTotals];
    if (expected !== actual) found.push({ what: 'part', id: part, expected, actual });
  }
  for (const [itemId, expected] of Object.entries(expect.items ?? {})) {
    const actual = lines.filter((line) => line.itemId === itemId).reduce((sum, line) => sum + line.points, 0);
    if (expected !== actual) found.push({ what: 'item', id: itemId, expected, actual });
  }
  return found;
}

/** Runs every case against the scheme: each ledger line with why it counts less, and what differs from the expectation. */
export function runPointsCases(scheme: ScoreScheme, cases: readonly PointsCase[]): PointsCaseResult[] {
  return cases.map((each) => {
    const { excludedBy, ...run } = judgePointsCase(scheme, each);
    const mismatches = mismatchesOf(each.expect, run.total, run.parts, run.lines);
    return { name: each.name, passed: !mismatches.length, mismatches, ...run, ...(excludedBy && { excludedBy }) };
  });
}

/** The items no case gives a line for, and the vetoes and exclusions no case makes hold. */
export function pointsCoverage(scheme: ScoreScheme, cases: readonly PointsCase[]) {
  const results = runPointsCases(scheme, cases);
  const reached = new Set(
    results.flatMap((result) => [
      ...result.lines.map((line) => line.itemId),
      ...[...result.vetoes, ...result.exclusions].filter((run) => run.held).map((run) => run.id),
    ]),
  );
  const ids = [...scheme.items, ...scheme.vetoes, ...scheme.exclusions].map((rule) => rule.id);
  return { covered: ids.filter((id) => reached.has(id)), uncovered: ids.filter((id) => !reached.has(id)) };
}

/** One case whose total the edited scheme changed against the base. */
export interface PointsSchemeChange {
  readonly name: string;
  readonly before: number;
  readonly after: number;
  readonly excludedBefore?: string;
  readonly excludedAfter?: string;
}

/** Each case's total under the base scheme and under the edited one; unchanged cases are left out. */
export function diffPointsAgainstBase(
  base: ScoreScheme,
  edited: ScoreScheme,
  cases: readonly PointsCase[],
): PointsSchemeChange[] {
  return cases.flatMap((each) => {
    const before = judgePointsCase(base, each);
    const after = judgePointsCase(edited, each);
    if (before.total === after.total && before.excludedBy === after.excludedBy) return [];
    return [
      {
        name: each.name,
        before: before.total,
        after: after.total,
        ...(before.excludedBy && { excludedBefore: before.excludedBy }),
        ...(after.excludedBy && { excludedAfter: after.excludedBy }),
      },
    ];
  });
}
