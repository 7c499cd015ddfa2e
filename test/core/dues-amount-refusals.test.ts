import {
  DangjianError,
  defaultDuesRounding,
  duesAmount,
  duesRounding,
  roundFen,
  ruleTables,
  type DuesCategory,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Each refusal of the dues amount read whole: kind, code, rule, subject, field and both texts,
// the texts written out by hand from the message tables' wording.

const version = ruleTables.dues.asOf;

function errorOf(run: () => unknown): DangjianError {
  try {
    run();
  } catch (error) {
    if (error instanceof DangjianError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
const plain = (error: DangjianError) => ({
  kind: error.kind,
  code: error.code,
  rule: error.rule,
  subject: error.subject,
  field: error.field,
  text: error.text,
});

describe('dues amount refusals, read whole', () => {
  it('names the field of an amount that is not whole fen, whichever field it is', () => {
    const text = (field: string) => ({
      'zh-CN': `${field} 须为 0 至 100000000000 之间的整数（分）`,
      en: `${field} must be whole fen between 0 and 100000000000`,
    });
    expect(plain(errorOf(() => duesAmount({ category: 'employed', baseFen: 1.5 })))).toStrictEqual({
      kind: 'validation',
      code: 'dues.invalidFen',
      rule: undefined,
      subject: undefined,
      field: 'baseFen',
      text: text('baseFen'),
    });
    // A farmer's amount that is not whole fen is bad input, not an amount outside the range.
    expect(plain(errorOf(() => duesAmount({ category: 'farmer', fixedFen: 50.5 })))).toMatchObject({
      kind: 'validation',
      code: 'dues.invalidFen',
      field: 'fixedFen',
      text: text('fixedFen'),
    });
  });

  it('checks a fixed amount even where the category pays a rate', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<DuesCategory>('employed', 'annualSalary', 'selfEmployed', 'retired'),
        fc.oneof(fc.constant(-1), fc.constant(0.5), fc.constant(100_000_000_001), fc.constant(Number.NaN)),
        (category, fixedFen) => {
          const error = errorOf(() => duesAmount({ category, baseFen: 100, fixedFen }));
          expect([error.code, error.field]).toEqual(['dues.invalidFen', 'fixedFen']);
        },
      ),
    );
  });

  it('lists the categories it knows when it meets one it does not', () => {
    const list = 'employed, annualSalary, selfEmployed, retired, farmer, student, unemployed, relief, subsistence';
    expect(plain(errorOf(() => duesAmount({ category: 'pensioner' as DuesCategory, baseFen: 1 })))).toStrictEqual({
      kind: 'validation',
      code: 'dues.unknownCategory',
      rule: undefined,
      subject: undefined,
      field: 'category',
      text: { 'zh-CN': `未知的党费类别，可选：${list}`, en: `Unknown dues category; one of: ${list}` },
    });
  });

  it("refuses a farmer's amount outside 20–100 fen under 第六条, naming the amount (or — when none is given)", () => {
    const refusal = (amount: string) => ({
      kind: 'rule',
      code: 'dues.fixedAmountRange',
      rule: { id: 'dues.fixedAmountRange', version, article: '第六条' },
      subject: { collection: 'duesStandards', id: 'farmer' },
      field: 'fixedFen',
      text: {
        'zh-CN': `农民党员每月交纳党费 20 至 100 分，${amount} 分不在此范围内`,
        en: `A farmer member pays 20 to 100 fen a month; ${amount} fen is outside that range`,
      },
    });
    expect(plain(errorOf(() => duesAmount({ category: 'farmer', fixedFen: 10 })))).toStrictEqual(refusal('10'));
    expect(plain(errorOf(() => duesAmount({ category: 'farmer', fixedFen: 101 })))).toStrictEqual(refusal('101'));
    expect(plain(errorOf(() => duesAmount({ category: 'farmer' })))).toStrictEqual(refusal('—'));
  });

  it('asks for the base of a rate category under 第一条至第五条, naming the category', () => {
    expect(plain(errorOf(() => duesAmount({ category: 'retired' })))).toStrictEqual({
      kind: 'rule',
      code: 'dues.baseRequired',
      rule: { id: 'dues.baseRequired', version, article: '第一条至第五条' },
      subject: { collection: 'duesStandards', id: 'retired' },
      field: 'baseFen',
      text: {
        'zh-CN': '“离退休人员”类党员按月收入基数计算党费，须填写基数（分）',
        en: 'A "retired" member pays a rate of a monthly base: the base (in fen) is required',
      },
    });
  });
});

describe('dues rounding settings', () => {
  it('names the bad field of a portal rounding in both texts', () => {
    const error = errorOf(() => duesRounding({ mode: 'sideways', unitFen: 1 }));
    expect(plain(error)).toStrictEqual({
      kind: 'validation',
      code: 'dues.roundingInvalid',
      rule: undefined,
      subject: undefined,
      field: 'rounding.mode',
      text: { 'zh-CN': '党费取整方式无效：rounding.mode', en: 'Invalid dues rounding: rounding.mode' },
    });
  });

  it('cites the default and a portal rounding as settings, not as the regulation', () => {
    expect(defaultDuesRounding.rule).toStrictEqual({
      id: 'dues.rounding.default',
      version,
      confirmed: false,
      source: '党建套件默认设置（规定未明确取整方式）',
    });
    expect(duesRounding({ mode: 'down', unitFen: 100 })).toStrictEqual({
      mode: 'down',
      unitFen: 100,
      rule: { id: 'dues.rounding.local', version, confirmed: false, source: '门户本地设置（规定未明确取整方式）' },
    });
  });

  it('rounds down, up and half up as their names say (BigInt oracle)', () => {
    const modes = fc.constantFrom('halfUp' as const, 'up' as const, 'down' as const);
    fc.assert(
      fc.property(fc.nat(1_000_000_000), fc.constantFrom(1, 10, 100), modes, (numerator, unitFen, mode) => {
        const unit = 10_000n * BigInt(unitFen);
        const whole = BigInt(numerator) / unit;
        const rest = BigInt(numerator) % unit;
        const up = mode === 'up' ? rest > 0n : mode === 'halfUp' ? rest * 2n >= unit : false;
        const expected = Number((whole + (up ? 1n : 0n)) * BigInt(unitFen));
        expect(roundFen(numerator, 10_000, duesRounding({ mode, unitFen }))).toBe(expected);
      }),
      { numRuns: 1000 },
    );
    // 1.5 fen: down to 1, half up to 2, up to 2; 1.2 fen: down 1, half up 1, up 2.
    expect(
      ['down', 'halfUp', 'up'].map((mode) => roundFen(15_000, 10_000, duesRounding({ mode, unitFen: 1 }))),
    ).toEqual([1, 2, 2]);
    expect(
      ['down', 'halfUp', 'up'].map((mode) => roundFen(12_000, 10_000, duesRounding({ mode, unitFen: 1 }))),
    ).toEqual([1, 1, 2]);
  });
});
