import { shanghaiDate } from '../calendar/instant.js';
import { compileCondition, type EvaluationContext, type LookupTables } from './compile-condition.js';
import type { Condition, FactValue, Facts } from './condition.js';
import type { RuleSet } from './rule-set.js';

/**
 * One condition judged on one set of facts: the operator, what it expected, the fact it read
 * with the value found, and whether it passed — every node, failing ones included (as OPA's
 * `--explain=fails` and json-rules-engine's failure results show them).
 */
export interface ConditionTrace {
  readonly op: Condition['op'];
  readonly passed: boolean;
  /** The fact a leaf read, and the value it found (null when the fact is missing). */
  readonly fact?: string;
  readonly actual?: FactValue;
  /** What a leaf tested, as written in the rule (`cmp`/`value`, `min`/`max`, `months`, `table`). */
  readonly expected?: Readonly<Record<string, string | number | boolean>>;
  /** The parts of `all`, `any` and `not`, each traced even when the answer was already known. */
  readonly parts?: readonly ConditionTrace[];
}

/** One rule judged: whether its condition held, whether it fired, and why. */
export interface RuleExplanation {
  readonly ruleId: string;
  readonly yields: string;
  /** The condition held on these facts. */
  readonly held: boolean;
  /** The rule yielded: it held and, in a `firstHit` set, no earlier rule fired. */
  readonly fired: boolean;
  /** In a `firstHit` set, the earlier rule that fired first when this one held too. */
  readonly shadowedBy?: string;
  readonly condition: ConditionTrace;
}

export interface RuleSetExplanation {
  readonly ruleSetId: string;
  readonly version: string;
  readonly rules: readonly RuleExplanation[];
  /** What the set yields, in rule order (what `compileRuleSet(…).evaluate` returns). */
  readonly yields: readonly string[];
}

/** The leaf's own fields besides `op` and `fact`: what it expected, as the rule wrote it. */
function expectedOf(
  leaf: Exclude<Condition, { op: 'all' | 'any' | 'not' }>,
): Record<string, string | number | boolean> {
  const { op: _op, fact: _fact, ...rest } = leaf;
  return rest as Record<string, string | number | boolean>;
}

/** Traces a condition node by node; leaves are judged by the compiled operator itself, never `eval`. */
export function traceCondition(
  condition: Condition,
  facts: Facts,
  context: EvaluationContext,
  tables: LookupTables = {},
): ConditionTrace {
  switch (condition.op) {
    case 'all':
    case 'any': {
      const parts = condition.of.map((part) => traceCondition(part, facts, context, tables));
      const passed = condition.op === 'all' ? parts.every((p) => p.passed) : parts.some((p) => p.passed);
      return { op: condition.op, passed, parts };
    }
    case 'not': {
      const inner = traceCondition(condition.of, facts, context, tables);
      return { op: 'not', passed: !inner.passed, parts: [inner] };
    }
    default: {
      const passed = compileCondition(condition, tables)(facts, context);
      const actual = facts[condition.fact] ?? null;
      return { op: condition.op, passed, fact: condition.fact, actual, expected: expectedOf(condition) };
    }
  }
}

/** The leaves that failed under a trace: what a reader needs to see why a rule did not fire. */
export function failedConditions(trace: ConditionTrace): ConditionTrace[] {
  if (!trace.parts) return trace.passed ? [] : [trace];
  // Under `not`, the inner leaves that *passed* are what made it fail.
  if (trace.op === 'not') return trace.passed ? [] : passedLeaves(trace.parts[0]!);
  return trace.parts.flatMap(failedConditions);
}

function passedLeaves(trace: ConditionTrace): ConditionTrace[] {
  if (!trace.parts) return trace.passed ? [trace] : [];
  if (trace.op === 'not') return failedConditions(trace.parts[0]!);
  return trace.parts.flatMap(passedLeaves);
}

/**
 * Every rule of a set judged on one set of facts on `asOf` (an instant, or an Asia/Shanghai
 * date): which fired, which did not, and each condition with the fact it read.
 */
export function explainRuleSet(ruleSet: RuleSet, facts: Facts, asOf: string): RuleSetExplanation {
  const context: EvaluationContext = { asOf: shanghaiDate(asOf) };
  let firstFired: string | undefined;
  const rules = ruleSet.rules.map((rule): RuleExplanation => {
    const condition = traceCondition(rule.when, facts, context, ruleSet.tables);
    const shadowedBy = ruleSet.policy === 'firstHit' && condition.passed ? firstFired : undefined;
    const fired = condition.passed && shadowedBy === undefined;
    if (fired && firstFired === undefined) firstFired = rule.id;
    return {
      ruleId: rule.id,
      yields: rule.yields,
      held: condition.passed,
      fired,
      ...(shadowedBy && { shadowedBy }),
      condition,
    };
  });
  const yields = rules.filter((rule) => rule.fired).map((rule) => rule.yields);
  return { ruleSetId: ruleSet.id, version: ruleSet.version, rules, yields };
}
