import {
  compileCondition,
  compileRuleSet,
  ConditionSchema,
  factsRead,
  isContactCardOverdue,
  layerRules,
  readerOf,
  RuleOverridesSchema,
  ruleSetInForce,
  ruleSource,
  ruleTables,
  RuleSetSchema,
  type Condition,
  type Facts,
  type RuleSet,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// The rule compiler, operator by operator and bound by bound, against answers written out by hand
// (and, for the comparisons, against JavaScript's own operators): each case is one a mutant of
// compile-condition.ts or compile-rule-set.ts would get wrong.

const asOf = '2026-11-23';
const holds = (condition: Condition, facts: Facts, tables = {}): boolean =>
  compileCondition(condition, tables)(facts, { asOf: asOf as never });

describe('compare', () => {
  const cmps = {
    lt: (a: number, b: number) => a < b,
    le: (a: number, b: number) => a <= b,
    gt: (a: number, b: number) => a > b,
    ge: (a: number, b: number) => a >= b,
  };
  // Letters in code-point order, as strings compare.
  const letter = (n: number): string => String.fromCharCode(100 + n);
  it('orders numbers and strings as JavaScript does, and nothing else', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -3, max: 3 }),
        fc.integer({ min: -3, max: 3 }),
        fc.constantFrom('lt', 'le', 'gt', 'ge' as const),
        (a, b, cmp) => {
          expect(holds({ op: 'compare', fact: 'x', cmp, value: b }, { x: a })).toBe(cmps[cmp](a, b));
          expect(holds({ op: 'compare', fact: 'x', cmp, value: letter(b) }, { x: letter(a) })).toBe(cmps[cmp](a, b));
          // A string is never ordered against a number, nor a boolean against anything.
          expect(holds({ op: 'compare', fact: 'x', cmp, value: b }, { x: String(a) })).toBe(false);
          expect(holds({ op: 'compare', fact: 'x', cmp, value: true }, { x: true })).toBe(false);
        },
      ),
    );
  });

  it('tests equality exactly, and a missing fact is neither equal nor unequal', () => {
    expect(holds({ op: 'compare', fact: 'x', cmp: 'eq', value: 1 }, { x: 1 })).toBe(true);
    expect(holds({ op: 'compare', fact: 'x', cmp: 'eq', value: 1 }, { x: '1' })).toBe(false);
    expect(holds({ op: 'compare', fact: 'x', cmp: 'ne', value: 1 }, { x: 2 })).toBe(true);
    expect(holds({ op: 'compare', fact: 'x', cmp: 'ne', value: 1 }, { x: 1 })).toBe(false);
    for (const missing of [{}, { x: null }, { x: undefined }]) {
      for (const cmp of ['eq', 'ne', 'lt', 'le', 'gt', 'ge'] as const)
        expect(holds({ op: 'compare', fact: 'x', cmp, value: 0 }, missing), cmp).toBe(false);
    }
  });
});

describe('range', () => {
  it('keeps each bound inclusive unless marked exclusive, and reads only numbers', () => {
    const band: Condition = { op: 'range', fact: 'x', min: 10, max: 20 };
    expect([9, 10, 15, 20, 21].map((x) => holds(band, { x }))).toEqual([false, true, true, true, false]);
    const open: Condition = { ...band, minExclusive: true, maxExclusive: true };
    expect([10, 10.5, 19.5, 20].map((x) => holds(open, { x }))).toEqual([false, true, true, false]);
    const explicit: Condition = { ...band, minExclusive: false, maxExclusive: false };
    expect([10, 20].map((x) => holds(explicit, { x }))).toEqual([true, true]);
    expect([-1e9, 20, 21].map((x) => holds({ op: 'range', fact: 'x', max: 20 }, { x }))).toEqual([true, true, false]);
    expect([10, 1e9, 9].map((x) => holds({ op: 'range', fact: 'x', min: 10 }, { x }))).toEqual([true, true, false]);
    expect(holds(band, { x: '15' })).toBe(false);
    expect(holds(band, {})).toBe(false);
  });
});

describe('withinMonths, exists, lookup', () => {
  it('takes a date on or before the day judged and fewer than n whole months back, never a future one', () => {
    const recent: Condition = { op: 'withinMonths', fact: 'on', months: 6 };
    expect(holds(recent, { on: '2026-11-23' })).toBe(true);
    expect(holds(recent, { on: '2026-05-24' })).toBe(true);
    expect(holds(recent, { on: '2026-05-23' })).toBe(false);
    expect(holds(recent, { on: '2026-11-24' })).toBe(false);
    expect(holds(recent, { on: '2026-02-30' })).toBe(false);
    expect(holds(recent, { on: 20261123 })).toBe(false);
  });

  it('takes anything but undefined, null, false and an empty list as existing', () => {
    const exists: Condition = { op: 'exists', fact: 'x' };
    expect([0, '', true, ['a'], 'a'].map((x) => holds(exists, { x }))).toEqual([true, true, true, true, true]);
    expect([undefined, null, false, []].map((x) => holds(exists, { x }))).toEqual([false, false, false, false]);
  });

  it('looks a string, or any element of a list, up in a named table; an unknown table fails to compile', () => {
    const lookup: Condition = { op: 'lookup', fact: 'x', table: 't' };
    const tables = { t: ['a', 'b'] };
    expect(holds(lookup, { x: 'a' }, tables)).toBe(true);
    expect(holds(lookup, { x: 'c' }, tables)).toBe(false);
    expect(holds(lookup, { x: ['c', 'b'] }, tables)).toBe(true);
    expect(holds(lookup, { x: ['c'] }, tables)).toBe(false);
    expect(holds(lookup, { x: [] }, tables)).toBe(false);
    expect(holds(lookup, { x: 1 }, { t: ['1'] })).toBe(false);
    expect(holds(lookup, {}, tables)).toBe(false);
    expect(() => compileCondition(lookup, {})).toThrow(new RangeError('Unknown lookup table "t"'));
  });
});

describe('all, any, not and the facts a condition reads', () => {
  const a: Condition = { op: 'compare', fact: 'a', cmp: 'eq', value: true };
  const b: Condition = { op: 'compare', fact: 'b', cmp: 'eq', value: true };
  it('combines like the logical operators', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), (x, y) => {
        const facts = { a: x, b: y };
        expect(holds({ op: 'all', of: [a, b] }, facts)).toBe(x && y);
        expect(holds({ op: 'any', of: [a, b] }, facts)).toBe(x || y);
        expect(holds({ op: 'not', of: a }, facts)).toBe(!x);
        expect(holds({ op: 'not', of: { op: 'any', of: [a, b] } }, facts)).toBe(!x && !y);
      }),
    );
  });

  it('lists each fact read once, in order, through all, any and not', () => {
    const condition: Condition = {
      op: 'all',
      of: [a, { op: 'not', of: { op: 'any', of: [b, a, { op: 'exists', fact: 'c' }] } }],
    };
    expect(factsRead(condition)).toEqual(['a', 'b', 'c']);
    expect(factsRead({ op: 'range', fact: 'x', min: 1 })).toEqual(['x']);
  });

  it('reads facts through readers, a name the readers lack (toString too) as unknown', () => {
    const readers = { age: (s: { n: number }) => s.n };
    expect(readerOf('age', readers)({ n: 7 })).toBe(7);
    expect(readerOf('height', readers)({ n: 7 })).toBeUndefined();
    expect(readerOf('toString', readers)({ n: 7 })).toBeUndefined();
    expect(readerOf('x', undefined)({ x: 3 } as never)).toBe(3);
    const adult = compileCondition({ op: 'range', fact: 'age', min: 18 }, {}, readers);
    expect([adult({ n: 18 }, { asOf: asOf as never }), adult({ n: 17 }, { asOf: asOf as never })]).toEqual([
      true,
      false,
    ]);
  });

  it('is what the schema admits: no other operator, no fact name that is not a plain word', () => {
    const admits = (condition: unknown): boolean => ConditionSchema.safeParse(condition).success;
    for (const fact of ['a.b', '1a', 'a b', 'a-b', '', '年龄'])
      expect(admits({ op: 'exists', fact }), fact).toBe(false);
    for (const fact of ['a', 'a1', 'lastContactOn']) expect(admits({ op: 'exists', fact }), fact).toBe(true);
    expect(admits({ op: 'compare', fact: 'a', cmp: 'eq', value: true })).toBe(true);
    expect(admits({ op: 'compare', fact: 'a', cmp: 'like', value: 1 })).toBe(false);
    expect(admits({ op: 'compare', fact: 'a', cmp: 'eq', value: null })).toBe(false);
    expect(admits({ op: 'range', fact: 'a', min: 1, max: 2, minExclusive: true, maxExclusive: false })).toBe(true);
    expect(admits({ op: 'range', fact: 'a', min: '1' })).toBe(false);
    expect(admits({ op: 'withinMonths', fact: 'a', months: 1200 })).toBe(true);
    expect(admits({ op: 'withinMonths', fact: 'a', months: 1201 })).toBe(false);
    expect(admits({ op: 'withinMonths', fact: 'a', months: 0 })).toBe(true);
    expect(admits({ op: 'withinMonths', fact: 'a', months: -1 })).toBe(false);
    expect(admits({ op: 'withinMonths', fact: 'a', months: 1.5 })).toBe(false);
    expect(admits({ op: 'lookup', fact: 'a', table: 't' })).toBe(true);
    expect(admits({ op: 'lookup', fact: 'a', table: '' })).toBe(false);
    expect(
      admits({
        op: 'any',
        of: [
          { op: 'exists', fact: 'a' },
          { op: 'exists', fact: 'b' },
        ],
      }),
    ).toBe(true);
    expect(admits({ op: 'not', of: { op: 'exists', fact: 'a' } })).toBe(true);
    expect(admits({ op: 'not', of: { op: 'exists', fact: '1' } })).toBe(false);
    expect(ConditionSchema.parse({ op: 'exists', fact: 'a', extra: 1 })).toEqual({ op: 'exists', fact: 'a' });
    expect(ConditionSchema.safeParse({ op: 'compare', fact: 'a.b', cmp: 'eq', value: 1 }).success).toBe(false);
    expect(ConditionSchema.safeParse({ op: 'eval', fact: 'a' }).success).toBe(false);
    expect(ConditionSchema.safeParse({ op: 'all', of: [] }).success).toBe(false);
  });
});

const ruleSet: RuleSet = RuleSetSchema.parse({
  id: 'test.set',
  version: '2026.1',
  effectiveFrom: '2026-01-01',
  tables: { colours: ['red'] },
  rules: [
    {
      id: 'young',
      yields: 'young',
      label: { 'zh-CN': '青年', en: 'Young' },
      when: { op: 'range', fact: 'age', max: 35 },
      reason: { 'zh-CN': '年龄{age}，爱好{likes}', en: 'Age {age}, likes {likes}{none}' },
      article: '第一条',
      source: '测试规定',
      confirmed: false,
    },
    {
      id: 'red',
      yields: 'red',
      when: {
        op: 'all',
        of: [
          { op: 'lookup', fact: 'likes', table: 'colours' },
          { op: 'exists', fact: 'age' },
        ],
      },
      reason: { 'zh-CN': '红', en: 'red' },
    },
    {
      id: 'young.again',
      yields: 'young',
      label: { 'zh-CN': '又一个', en: 'Another' },
      when: { op: 'withinMonths', fact: 'joinedOn', months: 12 },
      reason: { 'zh-CN': '新', en: 'new' },
    },
  ],
});

describe('compiled rule sets', () => {
  it('explains each result: rule, set, version, citation where given, the facts read and the reason', () => {
    const compiled = compileRuleSet(ruleSet);
    expect(compiled).toMatchObject({ id: 'test.set', version: '2026.1', yields: ['young', 'red'] });
    expect(compiled.labelOf('young')).toEqual({ 'zh-CN': '青年', en: 'Young' });
    expect(compiled.labelOf('red')).toBeUndefined();
    const [young, red, ...rest] = compiled.evaluate({ age: 30, likes: ['blue', 'red'] }, asOf);
    expect(rest).toEqual([]);
    expect(JSON.parse(JSON.stringify(young))).toEqual({
      yields: 'young',
      label: { 'zh-CN': '青年', en: 'Young' },
      ruleId: 'young',
      ruleSetId: 'test.set',
      version: '2026.1',
      article: '第一条',
      source: '测试规定',
      confirmed: false,
      facts: { age: 30 },
      reason: { 'zh-CN': '年龄30，爱好blue、red', en: 'Age 30, likes blue、red' },
    });
    expect(JSON.parse(JSON.stringify(red))).toEqual({
      yields: 'red',
      ruleId: 'red',
      ruleSetId: 'test.set',
      version: '2026.1',
      confirmed: true,
      facts: { likes: ['blue', 'red'], age: 30 },
      reason: { 'zh-CN': '红', en: 'red' },
    });
    // A rule without a label, article or source gives a result without them (not set to undefined).
    for (const absent of ['label', 'article', 'source']) expect(Object.hasOwn(red!, absent), absent).toBe(false);
    expect(compiled.evaluate({ age: 36, likes: 'red' }, asOf).map((r) => r.ruleId)).toEqual(['red']);
    expect(compiled.evaluate({ age: null, likes: 'red' }, asOf)).toEqual([]);
  });

  it('records a missing fact as null and keeps only the first hit under firstHit', () => {
    const missing = compileRuleSet({
      ...ruleSet,
      rules: [{ ...ruleSet.rules[1]!, when: { op: 'not', of: { op: 'exists', fact: 'age' } } }],
    });
    expect(missing.evaluate({}, asOf)[0]!.facts).toEqual({ age: null });
    const firstHit = compileRuleSet({ ...ruleSet, policy: 'firstHit' });
    expect(firstHit.evaluate({ age: 30, likes: 'red' }, asOf).map((r) => r.ruleId)).toEqual(['young']);
    expect(compileRuleSet({ ...ruleSet, policy: 'all' }).evaluate({ age: 30, likes: 'red' }, asOf)).toHaveLength(2);
  });

  it('judges each call on its own date, read in Asia/Shanghai', () => {
    const compiled = compileRuleSet(ruleSet);
    const joined = { joinedOn: '2025-11-24' };
    expect(compiled.evaluate(joined, '2026-11-23').map((r) => r.ruleId)).toEqual(['young.again']);
    expect(compiled.evaluate(joined, '2026-11-24')).toEqual([]);
    expect(compiled.evaluate(joined, '2026-11-23T15:59:59Z').map((r) => r.ruleId)).toEqual(['young.again']);
    expect(compiled.evaluate(joined, '2026-11-23T16:00:00Z')).toEqual([]);
    expect(compiled.evaluate(joined, '2026-11-23')).toHaveLength(1);
  });
});

describe('the rule set schema', () => {
  const rule = ruleSet.rules[1]!;
  const admits = (set: unknown): boolean => RuleSetSchema.safeParse(set).success;
  const base = { id: 's', version: '1', effectiveFrom: '2026-01-01', rules: [rule] };
  const text = (n: number): string => 'x'.repeat(n);
  it('bounds ids, names and texts, and knows only the two policies', () => {
    expect(admits(base)).toBe(true);
    for (const id of ['a', 'a.b-c_1', 'A9']) expect(admits({ ...base, rules: [{ ...rule, id }] }), id).toBe(true);
    for (const id of ['1a', '.a', 'a b', 'a!', ''])
      expect(admits({ ...base, rules: [{ ...rule, id }] }), id).toBe(false);
    expect(admits({ ...base, rules: [{ ...rule, yields: text(50) }] })).toBe(true);
    expect(admits({ ...base, rules: [{ ...rule, yields: text(51) }] })).toBe(false);
    expect(admits({ ...base, rules: [{ ...rule, yields: '' }] })).toBe(false);
    expect(admits({ ...base, rules: [{ ...rule, article: text(100), source: text(200) }] })).toBe(true);
    expect(admits({ ...base, rules: [{ ...rule, article: text(101) }] })).toBe(false);
    expect(admits({ ...base, rules: [{ ...rule, source: text(201) }] })).toBe(false);
    expect(admits({ ...base, rules: [{ ...rule, reason: { 'zh-CN': text(300), en: 'x' } }] })).toBe(true);
    expect(admits({ ...base, rules: [{ ...rule, reason: { 'zh-CN': text(301), en: 'x' } }] })).toBe(false);
    expect(admits({ ...base, rules: [{ ...rule, reason: { 'zh-CN': 'x', en: '' } }] })).toBe(false);
    expect(admits({ ...base, rules: [{ ...rule, label: { 'zh-CN': 'x', en: text(301) } }] })).toBe(false);
    expect(admits({ ...base, id: text(100), version: text(50) })).toBe(true);
    expect(admits({ ...base, id: text(101) })).toBe(false);
    expect(admits({ ...base, version: text(51) })).toBe(false);
    expect(admits({ ...base, id: '' })).toBe(false);
    expect(admits({ ...base, version: '' })).toBe(false);
    expect(admits({ ...base, rules: Array.from({ length: 500 }, () => rule) })).toBe(true);
    expect(admits({ ...base, rules: Array.from({ length: 501 }, () => rule) })).toBe(false);
    expect(admits({ ...base, effectiveFrom: '2026-02-30' })).toBe(false);
    expect(admits({ ...base, policy: 'firstHit' })).toBe(true);
    expect(admits({ ...base, policy: 'all' })).toBe(true);
    expect(admits({ ...base, policy: 'lastHit' })).toBe(false);
    const parsed = RuleSetSchema.parse(base);
    expect(parsed.tables).toEqual({});
    expect(parsed.rules[0]!.confirmed).toBe(true);
  });

  it('gives overrides empty lists by default, and bounds them', () => {
    expect(RuleOverridesSchema.parse({ version: 'local.1' })).toEqual({
      version: 'local.1',
      rules: [],
      disable: [],
      tables: {},
    });
    expect(RuleOverridesSchema.safeParse({ version: '' }).success).toBe(false);
    expect(RuleOverridesSchema.safeParse({ version: text(51) }).success).toBe(false);
    expect(
      RuleOverridesSchema.safeParse({ version: 'x', disable: Array.from({ length: 501 }, () => 'a') }).success,
    ).toBe(false);
    expect(
      RuleOverridesSchema.safeParse({ version: 'x', rules: Array.from({ length: 501 }, () => rule) }).success,
    ).toBe(false);
    expect(RuleOverridesSchema.safeParse({ version: 'x', effectiveFrom: 'soon' }).success).toBe(false);
  });
});

describe('layered rule sets and the version in force', () => {
  it('replaces, disables and adds rules, merges tables and names both versions', () => {
    const overrides = RuleOverridesSchema.parse({
      version: 'local.3',
      rules: [
        { ...ruleSet.rules[0]!, when: { op: 'range', fact: 'age', max: 40 } },
        { id: 'extra', yields: 'extra', when: { op: 'exists', fact: 'x' }, reason: { 'zh-CN': '加', en: 'added' } },
      ],
      disable: ['red'],
      tables: { shapes: ['round'] },
    });
    const layered = layerRules(ruleSet, overrides);
    expect(layered.version).toBe('2026.1+local.3');
    expect(layered.effectiveFrom).toBe('2026-01-01');
    expect(layered.rules.map((rule) => rule.id)).toEqual(['young', 'young.again', 'extra']);
    expect(layered.rules[0]!.when).toEqual({ op: 'range', fact: 'age', max: 40 });
    expect(layered.tables).toEqual({ colours: ['red'], shapes: ['round'] });
    expect(layerRules(ruleSet, { ...overrides, effectiveFrom: '2026-07-01' }).effectiveFrom).toBe('2026-07-01');
  });

  it('picks the latest version not after the date, in any order', () => {
    const versions = [
      { effectiveFrom: '2024-01-01' },
      { effectiveFrom: '2026-07-01' },
      { effectiveFrom: '2025-01-01' },
    ];
    expect(ruleSetInForce(versions, '2026-06-30')).toBe(versions[2]);
    expect(ruleSetInForce(versions, '2026-07-01')).toBe(versions[1]);
    expect(ruleSetInForce(versions, '2024-01-01')).toBe(versions[0]);
    expect(ruleSetInForce(versions, '2023-12-31')).toBeUndefined();
    // Two versions from the same day: the first listed stays in force.
    const twins = [
      { effectiveFrom: '2026-01-01', n: 1 },
      { effectiveFrom: '2026-01-01', n: 2 },
    ];
    expect(ruleSetInForce(twins, '2026-06-01')).toBe(twins[0]);
  });
});

describe('rule tables and the contact card', () => {
  it('names a regulation by its source id, and nothing for an unknown id', () => {
    expect(ruleSource('membershipStatus', 'edu2019')).toMatchObject({
      name: '中国共产党党员教育管理工作条例',
      year: 2019,
    });
    expect(ruleSource('membershipStatus', 'nowhere')).toBeUndefined();
    expect(Object.keys(ruleTables).sort()).toEqual([
      'development',
      'dues',
      'meetings',
      'membershipStatus',
      'orgThresholds',
    ]);
  });

  it('is overdue when never filled in, or six whole months after its update', () => {
    expect(isContactCardOverdue(undefined, asOf)).toBe(true);
    expect(isContactCardOverdue('not a date', asOf)).toBe(true);
    expect(isContactCardOverdue('2026-05-24', asOf)).toBe(false);
    expect(isContactCardOverdue('2026-05-23', asOf)).toBe(true);
    expect(isContactCardOverdue('2026-08-31', '2027-02-27')).toBe(false);
    expect(isContactCardOverdue('2026-08-31', '2027-02-28')).toBe(true);
    expect(isContactCardOverdue('2026-10-23', asOf, 1)).toBe(true);
    expect(isContactCardOverdue('2026-10-24', asOf, 1)).toBe(false);
  });
});
