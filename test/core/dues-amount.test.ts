import {
  DangjianError,
  RuleViolationError,
  ValidationError,
  compileRuleSet,
  duesAmount,
  duesCategories,
  duesSchedule,
  officialDuesSchedule,
  type DuesCategory,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// The oracle: the 2008 regulation's bands written out by hand (yuan, as 第二条 and 第五条 state
// them: 含 on each upper bound), and the amount in BigInt arithmetic — never the engine's table
// or its arithmetic.
const inServiceBands: readonly (readonly [upToYuan: number | null, percent: string])[] = [
  [3000, '0.5'],
  [5000, '1'],
  [10000, '1.5'],
  [null, '2'],
];
const retiredBands: readonly (readonly [upToYuan: number | null, percent: string])[] = [
  [5000, '0.5'],
  [null, '1'],
];
const bandsOf = (category: DuesCategory) => (category === 'retired' ? retiredBands : inServiceBands);

/** The percent of the band holding `baseFen`, as hundredths of a percent (basis points), by hand. */
function oracleRateBp(category: DuesCategory, baseFen: number): bigint {
  for (const [upToYuan, percent] of bandsOf(category)) {
    if (upToYuan === null || baseFen <= upToYuan * 100) return BigInt(Math.round(Number(percent) * 100));
  }
  throw new Error('unreachable');
}

/** base × rate, rounded half up to the fen, in BigInt. */
function oracleAmountFen(category: DuesCategory, baseFen: number): number {
  const exactTimes10000 = BigInt(baseFen) * oracleRateBp(category, baseFen);
  const whole = exactTimes10000 / 10000n;
  const rest = exactTimes10000 % 10000n;
  return Number(rest * 2n >= 10000n ? whole + 1n : whole);
}

const rated: readonly DuesCategory[] = ['employed', 'annualSalary', 'selfEmployed', 'retired'];
const fixed = duesCategories.filter((category) => !rated.includes(category));
const baseFen = fc.oneof(fc.nat(2_000_000), fc.nat(100_000_000_000));

function errorOf(run: () => unknown): DangjianError {
  try {
    run();
  } catch (error) {
    if (error instanceof DangjianError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('dues amount: base → band → rate → amount (dues.json 第二条、第五条、第六条)', () => {
  it('agrees with the hand-written table for any base, in integer fen', () => {
    fc.assert(
      fc.property(fc.constantFrom(...rated), baseFen, (category, base) => {
        const { amountFen } = duesAmount({ category, baseFen: base });
        expect(Number.isSafeInteger(amountFen)).toBe(true);
        expect(amountFen).toBe(oracleAmountFen(category, base));
      }),
      { numRuns: 2000 },
    );
  });

  it('is integer fen and never falls as income rises within a category, under every rounding', () => {
    const rounding = fc.record({
      mode: fc.constantFrom('halfUp', 'up', 'down'),
      unitFen: fc.constantFrom(1, 10, 100),
    });
    fc.assert(
      fc.property(fc.constantFrom(...rated), baseFen, baseFen, rounding, (category, a, b, chosen) => {
        const schedule = duesSchedule({ rounding: chosen });
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lower = duesAmount({ category, baseFen: low }, schedule).amountFen;
        const higher = duesAmount({ category, baseFen: high }, schedule).amountFen;
        expect(Number.isSafeInteger(lower) && Number.isSafeInteger(higher)).toBe(true);
        expect(lower % chosen.unitFen).toBe(0);
        expect(lower).toBeLessThanOrEqual(higher);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    // [category, base yuan, expected yuan, band]: 3000.00 falls in the 0.5% band, 3000.01 in the 1% band.
    ['employed', '3000.00', '15.00', 'dues.rate.inService.1'],
    ['employed', '3000.01', '30.00', 'dues.rate.inService.2'],
    ['employed', '5000.00', '50.00', 'dues.rate.inService.2'],
    ['employed', '5000.01', '75.00', 'dues.rate.inService.3'],
    ['employed', '10000.00', '150.00', 'dues.rate.inService.3'],
    ['employed', '10000.01', '200.00', 'dues.rate.inService.4'],
    ['annualSalary', '0.00', '0.00', 'dues.rate.inService.1'],
    ['selfEmployed', '3.01', '0.02', 'dues.rate.inService.1'],
    ['employed', '2.99', '0.01', 'dues.rate.inService.1'],
    // A tie: 1 yuan × 0.5% = 0.5 fen, half up to 1 fen; 0.99 yuan gives 0.495 fen, down to 0.
    ['employed', '1.00', '0.01', 'dues.rate.inService.1'],
    ['employed', '0.99', '0.00', 'dues.rate.inService.1'],
    ['retired', '5000.00', '25.00', 'dues.rate.retired.1'],
    ['retired', '5000.01', '50.00', 'dues.rate.retired.2'],
  ] as const)('%s with %s yuan pays %s yuan (%s)', (category, baseYuan, expectedYuan, band) => {
    const toFen = (yuan: string) => Number(yuan.replace('.', ''));
    const result = duesAmount({ category, baseFen: toFen(baseYuan) });
    expect(result.amountFen).toBe(toFen(expectedYuan));
    expect(result.bandRuleId).toBe(band);
  });

  it('hits the right band on both sides of every edge (x ≤ edge, edge < x)', () => {
    for (const category of rated) {
      const edges = bandsOf(category).flatMap(([upTo]) => (upTo === null ? [] : [upTo * 100]));
      edges.forEach((edge, index) => {
        const group = category === 'retired' ? 'retired' : 'inService';
        expect(duesAmount({ category, baseFen: edge }).bandRuleId).toBe(`dues.rate.${group}.${index + 1}`);
        expect(duesAmount({ category, baseFen: edge + 1 }).bandRuleId).toBe(`dues.rate.${group}.${index + 2}`);
      });
    }
  });

  it('has bands that never overlap: with every rule evaluated, exactly one band holds any base', () => {
    for (const rates of Object.values(officialDuesSchedule.rates)) {
      expect(rates.ruleSet.policy).toBe('firstHit');
      const everyRule = compileRuleSet<{ baseFen: number }>({ ...rates.ruleSet, policy: 'all' });
      const edges = rates.bands.flatMap((band) => (band.upperInclusiveFen === null ? [] : [band.upperInclusiveFen]));
      fc.assert(
        fc.property(
          fc.oneof(baseFen, fc.constantFrom(...edges), fc.constantFrom(...edges.map((edge) => edge + 1))),
          (base) => {
            expect(everyRule.evaluate({ baseFen: base }, '2026-11-23')).toHaveLength(1);
          },
        ),
      );
    }
  });

  it('traces each step to its rule: base (第一条), band and rate (第二条), rounding (unconfirmed)', () => {
    const { trace } = duesAmount({ category: 'employed', baseFen: 450_000 });
    expect(trace.map((step) => step.step)).toEqual(['base', 'band', 'rate', 'rounding']);
    expect(trace[0]).toMatchObject({ baseFen: 450_000, rule: { id: 'dues.base.employed', article: '第一条' } });
    expect(trace[1]).toMatchObject({
      lowerExclusiveFen: 300_000,
      upperInclusiveFen: 500_000,
      rule: { id: 'dues.rate.inService.2', article: '第二条', confirmed: true },
    });
    expect(trace[2]).toMatchObject({ rateBp: 100, exact: { numerator: 45_000_000, denominator: 10_000 } });
    expect(trace[3]).toMatchObject({ amountFen: 4500, rule: { id: 'dues.rounding.default', confirmed: false } });
    expect(trace[1]!.text['zh-CN']).toContain('3000 < x ≤ 5000');
    expect(trace[2]!.text.en).toBe('Rate 1%: 450000 × 1% = 4500 fen');
    expect(duesAmount({ category: 'retired', baseFen: 1 }).trace[0]!.rule.article).toBe('第五条');
  });

  it('rounds half up to the fen by default, and a portal may choose up to 0.1 yuan (marked unconfirmed)', () => {
    expect(officialDuesSchedule.rounding).toMatchObject({ mode: 'halfUp', unitFen: 1, rule: { confirmed: false } });
    // 301 fen × 0.5% = 1.505 fen: 2 fen by default, 10 fen rounded up to 0.1 yuan, 0 rounded down to 0.1 yuan.
    expect(duesAmount({ category: 'employed', baseFen: 301 }).amountFen).toBe(2);
    const upToDime = duesSchedule({ rounding: { mode: 'up', unitFen: 10 } });
    expect(upToDime.rounding.rule).toMatchObject({ id: 'dues.rounding.local', confirmed: false });
    expect(duesAmount({ category: 'employed', baseFen: 301 }, upToDime).amountFen).toBe(10);
    expect(duesAmount({ category: 'employed', baseFen: 300_000 }, upToDime).amountFen).toBe(1500);
    const down = duesSchedule({ rounding: { mode: 'down', unitFen: 10 } });
    expect(duesAmount({ category: 'employed', baseFen: 301 }, down).amountFen).toBe(0);
    const bad = errorOf(() => duesSchedule({ rounding: { mode: 'up', unitFen: 5 } }));
    expect(bad).toBeInstanceOf(ValidationError);
    expect(bad).toMatchObject({ code: 'dues.roundingInvalid', field: 'rounding.unitFen' });
  });

  it('asks a fixed 0.2 yuan of students, the unemployed and those on relief or subsistence (第六条)', () => {
    for (const category of fixed.filter((each) => each !== 'farmer')) {
      const result = duesAmount({ category, baseFen: 999_999 });
      expect(result.amountFen, category).toBe(20);
      expect(result.trace).toEqual([
        expect.objectContaining({ step: 'fixed', rule: expect.objectContaining({ article: '第六条' }) }),
      ]);
    }
  });

  it("takes a farmer's amount from the branch within 0.2–1 yuan and refuses one outside it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), (fen) => {
        const run = () => duesAmount({ category: 'farmer', fixedFen: fen });
        if (fen >= 20 && fen <= 100) expect(run().amountFen).toBe(fen);
        else {
          const error = errorOf(run);
          expect(error).toBeInstanceOf(RuleViolationError);
          expect(error).toMatchObject({
            code: 'dues.fixedAmountRange',
            rule: { id: 'dues.fixedAmountRange', article: '第六条' },
          });
        }
      }),
    );
    expect(errorOf(() => duesAmount({ category: 'farmer' })).code).toBe('dues.fixedAmountRange');
  });

  it('refuses bad input with typed errors in both languages', () => {
    const missing = errorOf(() => duesAmount({ category: 'employed' }));
    expect(missing).toMatchObject({ kind: 'rule', code: 'dues.baseRequired', field: 'baseFen' });
    expect(missing.text['zh-CN']).toContain('在岗职工');
    expect(missing.text.en).toContain('employed');
    for (const base of [-1, 1.5, Number.NaN, 100_000_000_001]) {
      const error = errorOf(() => duesAmount({ category: 'employed', baseFen: base }));
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ code: 'dues.invalidFen', field: 'baseFen' });
    }
    const unknown = errorOf(() => duesAmount({ category: 'pensioner' as DuesCategory, baseFen: 1 }));
    expect(unknown).toMatchObject({ code: 'dues.unknownCategory', field: 'category' });
    expect(unknown.text['zh-CN']).toMatch(/未知的党费类别/);
  });
});
