import {
  ConditionSchema,
  ValidationError,
  classificationReport,
  compileCondition,
  createClassifier,
  defaultClassificationRules,
  shanghaiDate,
  ruleTables,
  snapshotFromRecords,
  type Condition,
  type Member,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageByParts } from './civil-oracle.js';

const asOf = '2026-11-23';

const base: Member = {
  id: 'm1',
  name: '王秀英',
  gender: 'female',
  birthDate: '1948-03-02',
  stage: 'full',
  relationOrgId: 'b1',
  managingOrgId: 'b1',
};

const isoDate = fc
  .integer({ min: Date.UTC(1920, 0, 1), max: Date.UTC(2026, 10, 23) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

const memberArbitrary: fc.Arbitrary<Member> = fc.record(
  {
    id: fc.constantFrom('m1', 'm2'),
    name: fc.constant('党员'),
    gender: fc.constantFrom('male', 'female'),
    birthDate: isoDate,
    stage: fc.constantFrom('full', 'probationary'),
    relationOrgId: fc.constant('b1'),
    managingOrgId: fc.constantFrom('b1', 'g1'),
    employment: fc.constantFrom('employed', 'retired', 'unemployed', 'student', 'farmer', 'selfEmployed'),
    employer: fc.record({
      name: fc.constant('单位'),
      kind: fc.constantFrom('agency', 'privateEnterprise', 'socialOrganisation'),
    }),
    outflow: fc.record({ since: isoDate }),
    lastContactOn: isoDate,
    relocation: fc.constantFrom('inTransition', 'resettled'),
    directlyManaged: fc.boolean(),
    care: fc.subarray(['hardship', 'jobless', 'ill', 'disabledOrSubsistence', 'emptyNest'] as const),
    skills: fc.array(fc.constantFrom('书法', '法律', '医护'), { maxLength: 2 }),
  },
  { requiredKeys: ['id', 'name', 'gender', 'birthDate', 'stage', 'relationOrgId', 'managingOrgId'] },
);

describe('classification engine', () => {
  const classifier = createClassifier();

  it('derives every category with its rule, version, facts and reason', () => {
    const member: Member = {
      ...base,
      employment: 'retired',
      skills: ['书法'],
      care: ['emptyNest'],
      lastContactOn: '2026-03-01',
    };
    const result = classifier.classify(member, asOf);
    expect(result.categories.map((c) => c.yields)).toEqual(['retired', 'lostContact', 'senior', 'skilled']);
    expect(result.care.map((c) => c.yields)).toEqual(['emptyNest']);
    expect(classifier.classify({ ...member, birthDate: '1941-11-23' }, asOf).care.map((c) => c.yields)).toEqual([
      'elderly',
      'emptyNest',
    ]);
    const senior = result.categories.find((c) => c.yields === 'senior')!;
    expect(senior).toMatchObject({
      ruleId: 'category.senior',
      ruleSetId: 'classification',
      version: '2026.1',
      facts: { age: 78 },
    });
    expect(senior.reason).toEqual({ 'zh-CN': '78 岁，60 岁以上', en: 'Aged 78: 60 or over' });
    const lost = result.categories.find((c) => c.yields === 'lostContact')!;
    expect(lost).toMatchObject({ article: '第二十四条', facts: { lastContactOn: '2026-03-01' } });
  });

  it('uses the official 6-month figures for mobile and lost-contact members', () => {
    const status = ruleTables.membershipStatus;
    const months = (id: string): unknown =>
      JSON.stringify(defaultClassificationRules.rules.find((rule) => rule.id === id)!.when);
    expect(months('category.mobile')).toContain(`"months":${status.mobileMembers.transferRequiredWhenAwayMonths}`);
    expect(months('category.lostContact')).toContain(`"months":${status.lostContact.definition.minMonths}`);
    // Away since 2026-05-23 is exactly 6 months on 2026-11-23: mobile; a day later it is not yet.
    expect(
      classifier.classify({ ...base, outflow: { since: '2026-05-23' } }, asOf).categories.map((c) => c.yields),
    ).toContain('mobile');
    expect(
      classifier.classify({ ...base, outflow: { since: '2026-05-24' } }, asOf).categories.map((c) => c.yields),
    ).not.toContain('mobile');
    expect(
      classifier
        .classify({ ...base, outflow: { since: '2025-01-01', returnedOn: '2026-01-01' } }, asOf)
        .categories.map((c) => c.yields),
    ).not.toContain('mobile');
  });

  it('is deterministic, total, and explains every result by the facts it read', () => {
    fc.assert(
      fc.property(memberArbitrary, isoDate, (member, date) => {
        const first = classifier.classify(member, date);
        expect(classifier.classify(member, date)).toEqual(first);
        for (const result of [...first.categories, ...first.care]) {
          expect(Object.keys(result.facts).length).toBeGreaterThan(0);
          expect(result.reason['zh-CN']).not.toMatch(/\{\w+\}/);
          expect(result.reason.en).not.toMatch(/\{\w+\}/);
        }
        const senior = first.categories.some((c) => c.yields === 'senior');
        expect(senior).toBe(ageByParts(member.birthDate, date) >= 60);
      }),
    );
  });

  it('layers a portal’s own rules: its own age for senior, an extra category, a rule switched off', () => {
    const local = createClassifier({
      version: 'local.1',
      rules: [
        {
          id: 'category.senior',
          yields: 'senior',
          when: { op: 'range', fact: 'age', min: 70 },
          reason: { 'zh-CN': '{age} 岁，70 岁以上（本街道口径）', en: 'Aged {age}: 70 or over (local)' },
        },
        {
          id: 'category.dualManaged',
          yields: 'dualManaged',
          when: { op: 'compare', fact: 'dualManaged', cmp: 'eq', value: true },
          reason: { 'zh-CN': '双重管理', en: 'Under dual management' },
        },
      ],
      disable: ['category.skilled'],
    });
    const member: Member = { ...base, birthDate: '1960-01-01', managingOrgId: 'g1', skills: ['法律'] };
    const result = local.classify(member, asOf);
    expect(result.categories.map((c) => c.yields)).toEqual(['dualManaged']);
    expect(result.categories[0]!.version).toBe('2026.1+local.1');
    expect(local.classify({ ...member, birthDate: '1950-01-01' }, asOf).categories.map((c) => c.yields)).toEqual([
      'senior',
      'dualManaged',
    ]);
  });

  it('names the field of a bad override from the overrides down', () => {
    expect(() => createClassifier({ version: '' })).toThrow(expect.objectContaining({ field: 'overrides.version' }));
  });

  it('refuses a malformed override with a typed error naming the field', () => {
    expect(() =>
      createClassifier({
        version: 'x',
        rules: [
          { id: 'bad', yields: 'x', when: { op: 'eval', code: '1' }, reason: { 'zh-CN': 'x', en: 'x' } } as never,
        ],
      }),
    ).toThrow(ValidationError);
    try {
      createClassifier({
        version: 'x',
        rules: [
          {
            id: 'r',
            yields: 'x',
            when: { op: 'lookup', fact: 'care', table: 'nowhere' },
            reason: { 'zh-CN': 'x', en: 'x' },
          },
        ],
      });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toContain('Unknown lookup table');
    }
  });

  it('counts categories over a roster, skipping archived members', () => {
    const snapshot = snapshotFromRecords('320402', 0, {
      members: [
        { ...base, id: 'a', employment: 'retired' },
        { ...base, id: 'b', employment: 'retired', status: 'deceased', statusSince: '2026-01-01' },
        { ...base, id: 'c', birthDate: '1990-01-01', employment: 'employed' },
      ],
    });
    expect(classificationReport(snapshot, asOf).data.counts).toEqual({ retired: 1, senior: 1, employed: 1 });
  });
});

const leaf = fc.oneof(
  fc.record({
    op: fc.constant('compare' as const),
    fact: fc.constantFrom('a', 'b'),
    cmp: fc.constantFrom('eq', 'ne', 'lt', 'le', 'gt', 'ge'),
    value: fc.integer({ min: 0, max: 5 }),
  }),
  fc.record({
    op: fc.constant('range' as const),
    fact: fc.constantFrom('a', 'b'),
    min: fc.integer({ min: 0, max: 5 }),
  }),
  fc.record({ op: fc.constant('exists' as const), fact: fc.constantFrom('a', 'b', 'c') }),
);
const condition: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({
      op: fc.constantFrom('all' as const, 'any' as const),
      of: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
    }),
    fc.record({ op: fc.constant('not' as const), of: tie('node') }),
  ),
})).node;

describe('rule compiler', () => {
  it('compiles any valid condition to a closure that agrees with a direct reading', () => {
    const facts = fc.record(
      { a: fc.integer({ min: 0, max: 5 }), b: fc.integer({ min: 0, max: 5 }) },
      { requiredKeys: [] },
    );
    const interpret = (c: Condition, f: Record<string, number | undefined>): boolean => {
      switch (c.op) {
        case 'all':
          return c.of.every((part) => interpret(part, f));
        case 'any':
          return c.of.some((part) => interpret(part, f));
        case 'not':
          return !interpret(c.of, f);
        case 'exists':
          return f[c.fact] !== undefined;
        case 'range':
          return f[c.fact] !== undefined && f[c.fact]! >= (c.min ?? -Infinity) && f[c.fact]! <= (c.max ?? Infinity);
        case 'compare': {
          const v = f[c.fact];
          if (v === undefined) return false;
          if (c.cmp === 'eq') return v === c.value;
          if (c.cmp === 'ne') return v !== c.value;
          const x = c.value as number;
          return c.cmp === 'lt' ? v < x : c.cmp === 'le' ? v <= x : c.cmp === 'gt' ? v > x : v >= x;
        }
        default:
          throw new Error('not generated');
      }
    };
    fc.assert(
      fc.property(condition, facts, (c, f) => {
        expect(ConditionSchema.safeParse(c).success).toBe(true);
        expect(compileCondition(c)(f, { asOf: shanghaiDate(asOf) })).toBe(interpret(c, f));
      }),
    );
  });

  it('treats a missing fact as false for ne, like every other test', () => {
    expect(
      compileCondition({ op: 'compare', fact: 'employment', cmp: 'ne', value: 'retired' })(
        {},
        { asOf: shanghaiDate('2026-11-23') },
      ),
    ).toBe(false);
  });
});
