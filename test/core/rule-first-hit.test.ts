import { compileRuleSet, RuleSetSchema, type RuleSet } from '@dangjian/core';
import { describe, expect, it } from 'vitest';

// firstHitIndex: the index of the first rule of the set that holds, or -1, on the caller's date
// (read in Asia/Shanghai) — the dues band lookup uses it without building results. Which rule holds
// is worked out by hand from the dates below.
const ruleSet: RuleSet = RuleSetSchema.parse({
  id: 'test.firstHit',
  version: '2026.1',
  effectiveFrom: '2026-01-01',
  policy: 'firstHit',
  rules: [
    {
      id: 'recent',
      yields: 'recent',
      when: { op: 'withinMonths', fact: 'since', months: 6 },
      reason: { 'zh-CN': '近期', en: 'Recent' },
    },
    {
      id: 'known',
      yields: 'known',
      when: { op: 'exists', fact: 'since' },
      reason: { 'zh-CN': '有记录', en: 'On record' },
    },
  ],
});

describe('firstHitIndex', () => {
  it('judges each call on its own date: the same record is recent, then no longer', () => {
    const compiled = compileRuleSet(ruleSet);
    const facts = { since: '2026-03-10' };
    // 10 March is within six months of 1 June, not of 1 December (six months end on 10 September).
    expect(compiled.firstHitIndex(facts, '2026-06-01')).toBe(0);
    expect(compiled.firstHitIndex(facts, '2026-12-01')).toBe(1);
    expect(compiled.firstHitIndex(facts, '2026-06-01')).toBe(0);
    // An instant is read as its Shanghai date: 9 September 16:30 UTC is already the 10th there.
    expect(compileRuleSet(ruleSet).firstHitIndex(facts, '2026-09-09T16:30:00Z')).toBe(1);
    expect(compileRuleSet(ruleSet).firstHitIndex(facts, '2026-09-09T15:30:00Z')).toBe(0);
  });

  it('answers -1 when no rule holds', () => {
    expect(compileRuleSet(ruleSet).firstHitIndex({}, '2026-06-01')).toBe(-1);
    expect(compileRuleSet({ ...ruleSet, rules: [] }).firstHitIndex({ since: '2026-03-10' }, '2026-06-01')).toBe(-1);
  });
});
