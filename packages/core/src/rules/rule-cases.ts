import { IsoDateSchema, TextSchema } from '../schema/common.js';
import { z } from '../schema/zod.js';
import type { Facts } from './condition.js';
import { explainRuleSet, type RuleSetExplanation } from './explain-rule-set.js';
import type { RuleSet } from './rule-set.js';

export const FactValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);

/**
 * One test case a rule set ships beside it, as data: on `asOf`, with these facts, the set
 * yields exactly `expect.yields` (in any order). A portal writes its own for its local layer.
 */
export const RuleCaseSchema = z.object({
  name: TextSchema.min(1).max(200),
  asOf: IsoDateSchema,
  facts: z.record(z.string(), FactValueSchema),
  expect: z.object({ yields: z.array(z.string().min(1)).max(100) }),
});
export type RuleCase = z.output<typeof RuleCaseSchema>;

/** A rule set's cases file: which set they test, and the cases. */
export const RuleCasesSchema = z.object({
  ruleSetId: z.string().min(1).max(100),
  cases: z.array(RuleCaseSchema).max(1000),
});
export type RuleCases = z.output<typeof RuleCasesSchema>;

/** One case run: passed when the set yields exactly what it expects; otherwise what differs, and why. */
export interface RuleCaseResult {
  readonly name: string;
  readonly passed: boolean;
  /** Expected but not yielded: the explanation says which condition of which rule failed. */
  readonly missing: readonly string[];
  /** Yielded but not expected. */
  readonly unexpected: readonly string[];
  readonly explanation: RuleSetExplanation;
}

/** Runs every case against the set, each with the full explanation of every rule. */
export function runRuleCases(ruleSet: RuleSet, cases: readonly RuleCase[]): RuleCaseResult[] {
  return cases.map((each) => {
    const explanation = explainRuleSet(ruleSet, each.facts as Facts, each.asOf);
    const got = new Set(explanation.yields);
    const want = new Set(each.expect.yields);
    const missing = [...want].filter((value) => !got.has(value));
    const unexpected = [...got].filter((value) => !want.has(value));
    return { name: each.name, passed: !missing.length && !unexpected.length, missing, unexpected, explanation };
  });
}

/** Which rules the cases make fire, and which no case does (OPA's `--coverage`, by rule). */
export interface RuleCoverage {
  readonly covered: readonly string[];
  readonly uncovered: readonly string[];
}

export function ruleCoverage(ruleSet: RuleSet, cases: readonly RuleCase[]): RuleCoverage {
  const fired = new Set(
    runRuleCases(ruleSet, cases).flatMap((result) =>
      result.explanation.rules.filter((rule) => rule.fired).map((rule) => rule.ruleId),
    ),
  );
  const ids = ruleSet.rules.map((rule) => rule.id);
  return { covered: ids.filter((id) => fired.has(id)), uncovered: ids.filter((id) => !fired.has(id)) };
}

/** Facts on a date, named: what `diffAgainstBase` judges both sets on. */
export interface NamedFacts {
  readonly name: string;
  readonly asOf: string;
  readonly facts: Facts;
}

/** One set of facts where the local layer changed the outcome of the national base. */
export interface LayerChange {
  readonly name: string;
  /** Yielded by the layered set only. */
  readonly added: readonly string[];
  /** Yielded by the base only. */
  readonly removed: readonly string[];
}

/** Which outcomes a portal's local layer changed against the national base, facts by facts; unchanged ones are left out. */
export function diffAgainstBase(base: RuleSet, layered: RuleSet, inputs: readonly NamedFacts[]): LayerChange[] {
  return inputs.flatMap(({ name, asOf, facts }) => {
    const before = new Set(explainRuleSet(base, facts, asOf).yields);
    const after = new Set(explainRuleSet(layered, facts, asOf).yields);
    const added = [...after].filter((value) => !before.has(value));
    const removed = [...before].filter((value) => !after.has(value));
    return added.length || removed.length ? [{ name, added, removed }] : [];
  });
}
