import {
  explainRuleSet,
  failedConditions,
  ruleCoverage,
  RuleSetSchema,
  type Condition,
  type RuleSet,
} from '@dangjian/core';
import { describe, expect, it } from 'vitest';

// Why a rule did not fire, through nested `any`, `all` and `not`: the leaves named are worked out
// by hand from the facts (a = 1, b = 2), never from the explainer's own output.
const holds = (fact: string, value: number): Condition => ({ op: 'compare', fact, cmp: 'eq', value });
const a = holds('a', 1); // holds
const b = holds('b', 3); // fails: b is 2
const facts = { a: 1, b: 2 };
const leaf = (condition: Condition, passed: boolean) => ({
  op: 'compare',
  passed,
  fact: (condition as { fact: string }).fact,
  actual: facts[(condition as { fact: 'a' | 'b' }).fact],
  expected: { cmp: 'eq', value: (condition as { value: number }).value },
});

const setOf = (conditions: readonly Condition[], policy: 'all' | 'firstHit' = 'all'): RuleSet =>
  RuleSetSchema.parse({
    id: 'test.explain',
    version: '2026.1',
    effectiveFrom: '2026-01-01',
    policy,
    rules: conditions.map((when, index) => ({
      id: `r${index}`,
      yields: `y${index}`,
      when,
      reason: { 'zh-CN': '理由', en: 'Reason' },
    })),
  });
const traceOf = (when: Condition) => explainRuleSet(setOf([when]), facts, '2026-06-01').rules[0]!.condition;

describe('explaining nested conditions', () => {
  it('traces an `any` part by part', () => {
    expect(traceOf({ op: 'any', of: [b, a] })).toStrictEqual({
      op: 'any',
      passed: true,
      parts: [leaf(b, false), leaf(a, true)],
    });
  });

  it('names the leaves that made a `not` fail, through any depth', () => {
    // not(all(a, a)): both leaves held, so both are why the `not` failed.
    expect(failedConditions(traceOf({ op: 'not', of: { op: 'all', of: [a, a] } }))).toStrictEqual([
      leaf(a, true),
      leaf(a, true),
    ]);
    // not(any(a, b)): only a held; b is no reason.
    expect(failedConditions(traceOf({ op: 'not', of: { op: 'any', of: [a, b] } }))).toStrictEqual([leaf(a, true)]);
    // not(all(not(b))): the inner not held because b failed, so b is why the outer one failed.
    expect(failedConditions(traceOf({ op: 'not', of: { op: 'all', of: [{ op: 'not', of: b }] } }))).toStrictEqual([
      leaf(b, false),
    ]);
    // all(not(b), b): the not held and names nothing; b failed.
    expect(failedConditions(traceOf({ op: 'all', of: [{ op: 'not', of: b }, b] }))).toStrictEqual([leaf(b, false)]);
  });

  it('lists which rules the cases cover and which they do not', () => {
    const ruleSet = setOf([a, b, { op: 'not', of: b }]);
    const cases = [{ name: 'one', asOf: '2026-06-01', facts, expect: { yields: ['y0', 'y2'] } }];
    expect(ruleCoverage(ruleSet, cases)).toStrictEqual({ covered: ['r0', 'r2'], uncovered: ['r1'] });
  });
});
