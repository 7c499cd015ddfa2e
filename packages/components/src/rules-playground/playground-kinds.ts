import {
  cadenceCoverage,
  CadenceCasesSchema,
  CadenceLayerSchema,
  cadenceRuleCases,
  cadenceRulesOf,
  classificationRuleCases,
  defaultCadenceRules,
  defaultClassificationRules,
  defaultScoreScheme,
  diffAgainstBase,
  diffCadenceAgainstBase,
  diffPointsAgainstBase,
  duesRuleCases,
  officialDuesSchedule,
  pointsCoverage,
  PointsCasesSchema,
  pointsRuleCases,
  RuleCasesSchema,
  ruleCoverage,
  RuleSetSchema,
  runCadenceCases,
  runPointsCases,
  runRuleCases,
  ScoreSchemeSchema,
  type CadenceCaseResult,
  type CadenceCases,
  type CadenceLayer,
  type CadenceLayerChange,
  type Facts,
  type LayerChange,
  type PointsCaseResult,
  type PointsCases,
  type PointsSchemeChange,
  type RuleCaseResult,
  type RuleCases,
  type RuleSet,
  type ScoreScheme,
} from '@dangjian/core';
import type { Schema } from './parse-json.js';

/** The kinds of rule set the playground edits: condition sets (classification, dues bands), meeting cadence, points. */
export const playgroundKinds = ['classification', 'dues', 'cadence', 'points'] as const;
export type PlaygroundKind = (typeof playgroundKinds)[number];

export type PlaygroundSet = RuleSet | CadenceLayer | ScoreScheme;
export type PlaygroundCases = RuleCases | CadenceCases | PointsCases;

/** One run, by the kind of set: each case explained, what no case covers, what the edit changed against the base. */
export type KindRun =
  | {
      readonly kind: 'conditions';
      readonly results: readonly RuleCaseResult[];
      readonly uncovered: readonly string[];
      readonly changes: readonly LayerChange[];
    }
  | {
      readonly kind: 'cadence';
      readonly results: readonly CadenceCaseResult[];
      readonly uncovered: readonly string[];
      readonly changes: readonly CadenceLayerChange[];
    }
  | {
      readonly kind: 'points';
      readonly results: readonly PointsCaseResult[];
      readonly uncovered: readonly string[];
      readonly changes: readonly PointsSchemeChange[];
    };

/** What the playground needs of one kind: its schemas, what it loads by default, how a run goes, the exported file's name. */
export interface KindDefinition {
  readonly setSchema: Schema<PlaygroundSet>;
  readonly casesSchema: Schema<PlaygroundCases>;
  readonly ruleSet: PlaygroundSet;
  readonly cases: PlaygroundCases;
  readonly fileName: (set: PlaygroundSet) => string;
  /** The base is what the edit is compared with: the loaded set, or the national rules for a cadence layer. */
  readonly run: (base: PlaygroundSet, edited: PlaygroundSet, cases: PlaygroundCases) => KindRun;
}

function runConditions(base: PlaygroundSet, edited: PlaygroundSet, cases: PlaygroundCases): KindRun {
  const [set, list] = [edited as RuleSet, (cases as RuleCases).cases];
  const inputs = list.map(({ name, asOf, facts }) => ({ name, asOf, facts: facts as Facts }));
  return {
    kind: 'conditions',
    results: runRuleCases(set, list),
    uncovered: ruleCoverage(set, list).uncovered,
    changes: diffAgainstBase(base as RuleSet, set, inputs),
  };
}

const conditions = (ruleSet: RuleSet, cases: RuleCases): KindDefinition => ({
  setSchema: RuleSetSchema,
  casesSchema: RuleCasesSchema,
  ruleSet,
  cases,
  fileName: (set) => (set as RuleSet).id,
  run: runConditions,
});

/** An empty local layer: the national cadence as it is; a portal adds its own (a quarterly 党课, say). */
const emptyCadenceLayer: CadenceLayer = { ruleSetId: 'meetings.cadence', version: 'local.1', rules: [] };

export const kindDefinitions: Readonly<Record<PlaygroundKind, KindDefinition>> = {
  classification: conditions(defaultClassificationRules, classificationRuleCases),
  dues: conditions(officialDuesSchedule.rates.inService.ruleSet, duesRuleCases[0]!),
  cadence: {
    setSchema: CadenceLayerSchema,
    casesSchema: CadenceCasesSchema,
    ruleSet: emptyCadenceLayer,
    cases: cadenceRuleCases,
    fileName: (set) => (set as CadenceLayer).ruleSetId,
    run: (_base, edited, cases) => {
      const rules = cadenceRulesOf(edited as CadenceLayer);
      const list = (cases as CadenceCases).cases;
      return {
        kind: 'cadence',
        results: runCadenceCases(rules, list),
        uncovered: cadenceCoverage(rules, list).uncovered,
        changes: diffCadenceAgainstBase(defaultCadenceRules, rules, list),
      };
    },
  },
  points: {
    setSchema: ScoreSchemeSchema,
    casesSchema: PointsCasesSchema,
    ruleSet: defaultScoreScheme,
    cases: pointsRuleCases,
    fileName: (set) => (set as ScoreScheme).id,
    run: (base, edited, cases) => {
      const [scheme, list] = [edited as ScoreScheme, (cases as PointsCases).cases];
      return {
        kind: 'points',
        results: runPointsCases(scheme, list),
        uncovered: pointsCoverage(scheme, list).uncovered,
        changes: diffPointsAgainstBase(base as ScoreScheme, scheme, list),
      };
    },
  },
};

/** The kind a loaded set is, read from its shape: a scheme has items, a rule set its effective date, a cadence layer neither. */
export function inferKind(set: PlaygroundSet | undefined): PlaygroundKind {
  if (!set) return 'classification';
  if ('items' in set) return 'points';
  if ('effectiveFrom' in set) return set.id.startsWith('dues.') ? 'dues' : 'classification';
  return 'cadence';
}
