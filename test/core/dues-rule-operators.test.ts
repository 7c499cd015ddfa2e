import { ConditionSchema, RuleSetSchema, compileCondition, compileRuleSet, type Condition } from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// The rule operators dues bands need, added to the general rule language (not special-cased for
// dues): a range bound may be exclusive, and a rule set may stop at its first hit.

const context = { asOf: '2026-11-23' } as never;
const holds = (condition: Condition, value: number) => compileCondition(condition)({ x: value }, context);

describe('rule operators: exclusive bounds and first-hit rule sets', () => {
  it('reads a band 3000 < x ≤ 5000 with each bound as written (oracle: the comparison by hand)', () => {
    const band: Condition = { op: 'range', fact: 'x', min: 3000, minExclusive: true, max: 5000 };
    const open: Condition = { op: 'range', fact: 'x', min: 3000, max: 5000, maxExclusive: true };
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: 2990, max: 5010, noNaN: true }), fc.constantFrom(3000, 5000)), (x) => {
        expect(holds(band, x)).toBe(3000 < x && x <= 5000);
        expect(holds(open, x)).toBe(3000 <= x && x < 5000);
      }),
    );
    expect([3000, 3000.01, 5000, 5000.01].map((x) => holds(band, x))).toEqual([false, true, true, false]);
  });

  it('keeps both bounds inclusive when no bound is marked exclusive (what the classification rules use)', () => {
    const plain: Condition = { op: 'range', fact: 'x', min: 60, max: 79 };
    expect([59, 60, 79, 80].map((x) => holds(plain, x))).toEqual([false, true, true, false]);
    expect(holds({ op: 'range', fact: 'x', max: 10, maxExclusive: false }, 10)).toBe(true);
  });

  it('validates the bound flags as data', () => {
    expect(ConditionSchema.safeParse({ op: 'range', fact: 'x', min: 1, minExclusive: 'yes' }).success).toBe(false);
    expect(ConditionSchema.safeParse({ op: 'range', fact: 'x', min: 1, minExclusive: true }).success).toBe(true);
  });

  const overlapping = (policy?: 'all' | 'firstHit') =>
    RuleSetSchema.parse({
      id: 'bands',
      version: '1',
      effectiveFrom: '2026-01-01',
      ...(policy && { policy }),
      rules: [
        { id: 'low', yields: 'low', when: { op: 'range', fact: 'x', max: 10 }, reason: { 'zh-CN': '低', en: 'low' } },
        { id: 'any', yields: 'any', when: { op: 'exists', fact: 'x' }, reason: { 'zh-CN': '有', en: 'any' } },
      ],
    });

  it('stops at the first rule that holds under firstHit, and yields every rule by default', () => {
    expect(overlapping().policy).toBeUndefined();
    expect(compileRuleSet(overlapping('all')).evaluate({ x: 5 }, '2026-11-23')).toHaveLength(2);
    expect(
      compileRuleSet(overlapping())
        .evaluate({ x: 5 }, '2026-11-23')
        .map((r) => r.ruleId),
    ).toEqual(['low', 'any']);
    const firstHit = compileRuleSet(overlapping('firstHit'));
    expect(firstHit.evaluate({ x: 5 }, '2026-11-23').map((r) => r.ruleId)).toEqual(['low']);
    expect(firstHit.evaluate({ x: 50 }, '2026-11-23').map((r) => r.ruleId)).toEqual(['any']);
    expect(firstHit.evaluate({}, '2026-11-23')).toEqual([]);
    expect(RuleSetSchema.safeParse({ ...overlapping(), policy: 'lastHit' }).success).toBe(false);
  });
});
