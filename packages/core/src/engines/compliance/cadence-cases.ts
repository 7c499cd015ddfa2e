import { PersistentMap } from '../../kernel/persistent-map.js';
import { IsoDateSchema, TextSchema } from '../../schema/common.js';
import { lecturerRoles, meetingKinds, type Meeting } from '../../schema/meeting.js';
import { orgKinds, type Org } from '../../schema/org.js';
import { z } from '../../schema/zod.js';
import cadenceCases from '../../rules/sets/cadence.cases.json';
import { cadenceKey, CadenceRuleSchema, layerCadenceRules, type CadenceRule } from './cadence-rules.js';
import { complianceReport } from './compliance-report.js';

/** A period an org fell short in: the requirement (`cadenceKey`: `assembly`, `lecture.secretary`) and its label (`2026-Q1`). */
export const ShortPeriodSchema = z.strictObject({ kind: z.string().min(1).max(50), period: z.string().min(4).max(7) });
export type ShortPeriod = z.output<typeof ShortPeriodSchema>;

/**
 * One cadence case, as data: an org of `orgKind` (with a committee or not) held these meetings;
 * judged on `asOf` over `from`–`to`, exactly the `expect.missing` periods are short (in any order).
 */
export const CadenceCaseSchema = z.strictObject({
  name: TextSchema.min(1).max(200),
  asOf: IsoDateSchema,
  facts: z.strictObject({
    orgKind: z.enum(orgKinds),
    committee: z.boolean().default(false),
    from: IsoDateSchema,
    to: IsoDateSchema,
    meetings: z
      .array(
        z.strictObject({
          kind: z.enum(meetingKinds),
          heldOn: IsoDateSchema,
          lecturer: z.enum(lecturerRoles).optional(),
        }),
      )
      .max(500),
  }),
  expect: z.strictObject({ missing: z.array(ShortPeriodSchema).max(500) }),
});
export type CadenceCase = z.output<typeof CadenceCaseSchema>;

export const CadenceCasesSchema = z.strictObject({
  ruleSetId: z.string().min(1).max(100),
  cases: z.array(CadenceCaseSchema).max(1000),
});
export type CadenceCases = z.output<typeof CadenceCasesSchema>;

/** A portal's cadence layer as the file the kit loads: `layerCadenceRules(layer.rules)` puts it over the national rules. */
export const CadenceLayerSchema = z.strictObject({
  ruleSetId: z.string().min(1).max(100),
  version: z.string().min(1).max(50),
  rules: z.array(CadenceRuleSchema).max(100),
});
export type CadenceLayer = z.output<typeof CadenceLayerSchema>;

/** The cases the kit ships beside its cadence rules (rules/sets/cadence.cases.json), validated. */
export const cadenceRuleCases: CadenceCases = CadenceCasesSchema.parse(cadenceCases);

/** One period of one requirement: held against the minimum, and whether it counts yet (ended by `asOf`). */
export interface CadencePeriodRun {
  readonly period: string;
  readonly held: number;
  readonly min: number;
  readonly closed: boolean;
  /** Held enough, or not ended yet. */
  readonly passed: boolean;
}

/** One requirement that applies to the case's org, with every period judged. */
export interface CadenceRequirementRun {
  readonly kind: string;
  readonly per: CadenceRule['per'];
  readonly ruleId: string;
  readonly version: string;
  readonly periods: readonly CadencePeriodRun[];
}

export interface CadenceCaseResult {
  readonly name: string;
  readonly passed: boolean;
  /** Expected short, but held enough (or not judged). */
  readonly missed: readonly ShortPeriod[];
  /** Short, but not expected. */
  readonly unexpected: readonly ShortPeriod[];
  /** Every requirement that applies to the org; one that does not apply is not listed. */
  readonly requirements: readonly CadenceRequirementRun[];
}

const orgId = 'case-org';
const periodKey = ({ kind, period }: ShortPeriod): string => `${kind}@${period}`;

/** The case's org and meetings as the records `complianceReport` reads (nothing else of them is read). */
function caseSnapshot(facts: CadenceCase['facts']) {
  const org = {
    id: orgId,
    name: orgId,
    kind: facts.orgKind,
    parentId: null,
    ...(facts.committee && { committeeSize: 5 }),
  };
  const meetings = facts.meetings.map((meeting, index) => ({
    id: `meeting-${index}`,
    orgId,
    kind: meeting.kind,
    heldOn: meeting.heldOn,
    attendance: [],
    ...(meeting.lecturer && { lecturer: { role: meeting.lecturer } }),
  }));
  return {
    orgs: PersistentMap.from([[orgId, org as unknown as Org]]),
    meetings: PersistentMap.from(meetings.map((meeting) => [meeting.id, meeting as unknown as Meeting] as const)),
    members: PersistentMap.empty<never>(),
  };
}

/** Every requirement of the rules that applies to the case's org, each period judged by `complianceReport` itself. */
export function judgeCadenceCase(rules: readonly CadenceRule[], facts: CadenceCase['facts'], asOf: string) {
  const { data } = complianceReport(caseSnapshot(facts), { orgId, from: facts.from, to: facts.to, asOf, rules });
  return data.rows.map((row): CadenceRequirementRun => ({
    // Every cadence rule's id is `meetings.<cadenceKey>` (cadence-rules.ts), so the key is read back from it.
    kind: row.rule.id.replace(/^meetings\./, ''),
    per: row.per,
    ruleId: row.rule.id,
    version: row.rule.version ?? '',
    periods: row.periods.map((period) => ({
      period: period.label,
      held: period.held,
      min: row.min,
      closed: period.closed,
      passed: !period.closed || period.held >= row.min,
    })),
  }));
}

/** The periods short of the minimum among judged requirements. */
export function shortPeriods(requirements: readonly CadenceRequirementRun[]): ShortPeriod[] {
  return requirements.flatMap((requirement) =>
    requirement.periods
      .filter((period) => !period.passed)
      .map((period) => ({ kind: requirement.kind, period: period.period })),
  );
}

/** Runs every case against the cadence rules: each requirement's periods, held vs min, and what differs from the expectation. */
export function runCadenceCases(rules: readonly CadenceRule[], cases: readonly CadenceCase[]): CadenceCaseResult[] {
  return cases.map((each) => {
    const requirements = judgeCadenceCase(rules, each.facts, each.asOf);
    const got = shortPeriods(requirements);
    const gotKeys = new Set(got.map(periodKey));
    const wantKeys = new Set(each.expect.missing.map(periodKey));
    const missed = each.expect.missing.filter((short) => !gotKeys.has(periodKey(short)));
    const unexpected = got.filter((short) => !wantKeys.has(periodKey(short)));
    return { name: each.name, passed: !missed.length && !unexpected.length, missed, unexpected, requirements };
  });
}

/** Which requirements apply in at least one case, and which apply in none (no case tests them). */
export function cadenceCoverage(rules: readonly CadenceRule[], cases: readonly CadenceCase[]) {
  const applied = new Set(
    runCadenceCases(rules, cases).flatMap((result) => result.requirements.map((each) => each.kind)),
  );
  const keys = [...new Set(rules.map(cadenceKey))];
  return { covered: keys.filter((key) => applied.has(key)), uncovered: keys.filter((key) => !applied.has(key)) };
}

/** One case whose short periods the layer changed: those it adds, those it takes away. */
export interface CadenceLayerChange {
  readonly name: string;
  readonly added: readonly ShortPeriod[];
  readonly removed: readonly ShortPeriod[];
}

/** Which short periods a portal's layer adds or removes against the national base, case by case; unchanged cases are left out. */
export function diffCadenceAgainstBase(
  base: readonly CadenceRule[],
  layered: readonly CadenceRule[],
  cases: readonly CadenceCase[],
): CadenceLayerChange[] {
  return cases.flatMap(({ name, facts, asOf }) => {
    const before = shortPeriods(judgeCadenceCase(base, facts, asOf));
    const after = shortPeriods(judgeCadenceCase(layered, facts, asOf));
    const beforeKeys = new Set(before.map(periodKey));
    const afterKeys = new Set(after.map(periodKey));
    const added = after.filter((short) => !beforeKeys.has(periodKey(short)));
    const removed = before.filter((short) => !afterKeys.has(periodKey(short)));
    return added.length || removed.length ? [{ name, added, removed }] : [];
  });
}

/** A layer file as the rules it gives over the national base. */
export function cadenceRulesOf(layer: CadenceLayer, base?: readonly CadenceRule[]): CadenceRule[] {
  return layerCadenceRules(layer.rules, base);
}
