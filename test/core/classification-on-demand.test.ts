import { createClassifier, memberFacts, shanghaiDate, type Member } from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classificationRoster } from '../../bench/classification/classification.bench.js';
import { handClassify } from '../../bench/classification/hand-loop.js';

// The classifier reads facts from the record through readers and builds explanations only when
// they are read (bench/RESULTS.md: classification). What it reports must not change for that.

const asOf = '2026-11-23';
const classifier = createClassifier();
const roster = classificationRoster(500);

/** The oracle for an explanation: each fact it names, as the flat `memberFacts` object has it. */
function expectedFacts(member: Member, names: readonly string[]): Record<string, unknown> {
  const facts = memberFacts(member, shanghaiDate(asOf));
  return Object.fromEntries(names.map((name) => [name, facts[name] ?? null]));
}

describe('classification with explanations on demand', () => {
  it('names the same categories and care flags as a hand-written loop, member by member', () => {
    fc.assert(
      fc.property(fc.constantFrom(...roster), (member) => {
        const result = classifier.classify(member, asOf);
        const hand = handClassify(member, asOf);
        expect(result.categories.map((category) => category.yields)).toEqual(hand.categories);
        expect(result.care.map((flag) => flag.yields)).toEqual(hand.care);
      }),
    );
  });

  it('explains each result with the facts the flat facts object has, and serialises them', () => {
    for (const member of roster.slice(0, 200)) {
      for (const result of [
        ...classifier.classify(member, asOf).categories,
        ...classifier.classify(member, asOf).care,
      ]) {
        expect(result.facts).toEqual(expectedFacts(member, Object.keys(result.facts)));
        expect(Object.keys(result.facts).length).toBeGreaterThan(0);
        expect(result.reason['zh-CN']).not.toMatch(/\{\w+\}/);
        const wire = JSON.parse(JSON.stringify(result)) as Record<string, unknown>;
        expect(wire).toMatchObject({
          yields: result.yields,
          ruleId: result.ruleId,
          facts: result.facts,
          reason: result.reason,
        });
      }
    }
  });

  it('gives the same explanation on every read', () => {
    const [senior] = classifier
      .classify({ ...roster[0]!, birthDate: '1948-03-02' }, asOf)
      .categories.filter((category) => category.yields === 'senior');
    expect(senior!.facts).toBe(senior!.facts);
    expect(senior!.reason).toEqual({ 'zh-CN': '78 岁，60 岁以上', en: 'Aged 78: 60 or over' });
    expect(senior!.facts).toEqual({ age: 78 });
  });
});
