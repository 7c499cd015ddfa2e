import { duesAmount, duesSchedule, ruleTables } from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Every step of an amount's trace (base, band, rate, rounding; or the fixed amount), each with its
// rule id, version, article and both texts, against figures and wording written out by hand here:
// the bands in yuan as 第二条 and 第五条 state them, the exact amount in BigInt decimal arithmetic.

const version = ruleTables.dues.asOf;
const source = ruleTables.dues.sources.find((entry) => entry.id === 'dues2008')!.name;

type Band = readonly [lowYuan: number | null, highYuan: number | null, rateBp: number];
const inService: readonly Band[] = [
  [null, 3000, 50],
  [3000, 5000, 100],
  [5000, 10000, 150],
  [10000, null, 200],
];
const retired: readonly Band[] = [
  [null, 5000, 50],
  [5000, null, 100],
];
const rated = {
  employed: { zh: '在岗职工', en: 'employed', article: '第一条', bands: inService, group: 'inService' },
  annualSalary: { zh: '实行年薪制人员', en: 'annual salary', article: '第三条', bands: inService, group: 'inService' },
  selfEmployed: {
    zh: '无固定工资收入人员',
    en: 'self-employed',
    article: '第四条',
    bands: inService,
    group: 'inService',
  },
  retired: { zh: '离退休人员', en: 'retired', article: '第五条', bands: retired, group: 'retired' },
} as const;
type RatedCategory = keyof typeof rated;
const ratedCategories = Object.keys(rated) as RatedCategory[];

/** `numerator / 10000` as a decimal without trailing zeros, in BigInt: 30000100 → "3000.01". */
function decimal(numerator: bigint): string {
  const whole = numerator / 10000n;
  const rest = (numerator % 10000n).toString().padStart(4, '0').replace(/0+$/, '');
  return rest === '' ? whole.toString() : `${whole}.${rest}`;
}

/** The whole trace of a rated amount under half-up rounding to the fen, written out by hand. */
function expectedTrace(category: RatedCategory, baseFen: number) {
  const { zh, en, article, bands, group } = rated[category];
  const index = bands.findIndex(([, high]) => high === null || baseFen <= high * 100);
  const [low, high, rateBp] = bands[index]!;
  const bandArticle = group === 'retired' ? '第五条' : '第二条';
  const bandRule = { id: `dues.rate.${group}.${index + 1}`, version, source, article: bandArticle, confirmed: true };
  const bounds = `${low === null ? '' : `${low} < `}x${high === null ? '' : ` ≤ ${high}`}`;
  const numerator = BigInt(baseFen) * BigInt(rateBp);
  const exact = decimal(numerator);
  const amountFen = Number(numerator / 10000n + ((numerator % 10000n) * 2n >= 10000n ? 1n : 0n));
  const percent = `${rateBp / 100}%`;
  return [
    {
      step: 'base',
      category,
      baseFen,
      rule: { id: `dues.base.${category}`, version, source, article, confirmed: true },
      text: {
        'zh-CN': `计算基数：${zh}，每月 ${baseFen} 分（${article}）`,
        en: `Base: ${en}, ${baseFen} fen a month (${article})`,
      },
    },
    {
      step: 'band',
      lowerExclusiveFen: low === null ? null : low * 100,
      upperInclusiveFen: high === null ? null : high * 100,
      rule: bandRule,
      text: {
        'zh-CN': `所在档次：月基数 ${baseFen} 分，属 ${bounds} 元一档（第 ${index + 1} 档）（${bandArticle}）`,
        en: `Band: A monthly base of ${baseFen} fen is in band ${index + 1} (${bounds} yuan) (${bandArticle})`,
      },
    },
    {
      step: 'rate',
      rateBp,
      exact: { numerator: Number(numerator), denominator: 10000 },
      rule: bandRule,
      text: {
        'zh-CN': `比例 ${percent}：${baseFen} × ${percent} = ${exact} 分`,
        en: `Rate ${percent}: ${baseFen} × ${percent} = ${exact} fen`,
      },
    },
    {
      step: 'rounding',
      amountFen,
      rule: {
        id: 'dues.rounding.default',
        version,
        confirmed: false,
        source: '党建套件默认设置（规定未明确取整方式）',
      },
      text: {
        'zh-CN': `取整（halfUp/1）：${exact} 分 → ${amountFen} 分`,
        en: `Rounded (halfUp/1): ${exact} fen → ${amountFen} fen`,
      },
    },
  ];
}

const bandEdges = [300000, 500000, 1000000].flatMap((edge) => [edge, edge + 1]);
const baseFen = fc.oneof(fc.nat(2_000_000), fc.nat(100_000_000_000), fc.constantFrom(0, ...bandEdges));

describe('dues trace: every step with its rule and words', () => {
  it('traces base → band → rate → rounding for every rate category and base', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ratedCategories), baseFen, (category, base) => {
        expect(duesAmount({ category, baseFen: base }).trace).toStrictEqual(expectedTrace(category, base));
      }),
      { numRuns: 500 },
    );
  });

  it('names every band of both tables with its bounds and number', () => {
    for (const category of ['employed', 'retired'] as const) {
      for (const [low, high] of rated[category].bands) {
        const base = high === null ? low! * 100 + 1 : high * 100;
        expect(duesAmount({ category, baseFen: base }).trace).toStrictEqual(expectedTrace(category, base));
      }
    }
  });

  it('says which rounding it applied: a portal rounding up to 0.1 yuan', () => {
    const schedule = duesSchedule({ rounding: { mode: 'up', unitFen: 10 } });
    const rounding = duesAmount({ category: 'selfEmployed', baseFen: 1234567 }, schedule).trace[3];
    // 1234567 × 2% = 24691.34 fen, up to the next 10 fen: 24700.
    expect(rounding).toStrictEqual({
      step: 'rounding',
      amountFen: 24700,
      rule: { id: 'dues.rounding.local', version, confirmed: false, source: '门户本地设置（规定未明确取整方式）' },
      text: { 'zh-CN': '取整（up/10）：24691.34 分 → 24700 分', en: 'Rounded (up/10): 24691.34 fen → 24700 fen' },
    });
  });

  it.each([
    ['farmer', 50, '农民党员', 'farmer'],
    ['student', 20, '学生党员', 'student'],
    ['unemployed', 20, '下岗失业党员', 'unemployed'],
    ['relief', 20, '依靠抚恤或救济生活的党员', 'living on relief'],
    ['subsistence', 20, '领取最低生活保障金的党员', 'on subsistence allowance'],
  ] as const)('traces the fixed amount of a %s member (第六条)', (category, amountFen, zh, en) => {
    const amount = duesAmount({ category, ...(category === 'farmer' && { fixedFen: 50 }) });
    expect(amount.article).toBe('第六条');
    expect(amount.trace).toStrictEqual([
      {
        step: 'fixed',
        amountFen,
        rule: { id: `dues.fixed.${category}`, version, source, article: '第六条', confirmed: true },
        text: {
          'zh-CN': `${zh}按固定金额交纳：每月 ${amountFen} 分（第六条）`,
          en: `${en}: a fixed ${amountFen} fen a month (第六条)`,
        },
      },
    ]);
  });

  it('reads the same trace twice, and writes it to JSON like a plain field', () => {
    const rate = duesAmount({ category: 'employed', baseFen: 300001 });
    expect(rate.trace).toBe(rate.trace);
    expect(JSON.parse(JSON.stringify(rate))).toStrictEqual({
      category: 'employed',
      amountFen: 3000,
      baseFen: 300001,
      rateBp: 100,
      bandRuleId: 'dues.rate.inService.2',
      article: '第二条',
      trace: expectedTrace('employed', 300001),
    });
    const fixed = duesAmount({ category: 'farmer', fixedFen: 100 });
    expect(fixed.trace).toBe(fixed.trace);
    expect(JSON.parse(JSON.stringify(fixed))).toStrictEqual({
      category: 'farmer',
      amountFen: 100,
      article: '第六条',
      trace: [
        {
          step: 'fixed',
          amountFen: 100,
          rule: { id: 'dues.fixed.farmer', version, source, article: '第六条', confirmed: true },
          text: {
            'zh-CN': '农民党员按固定金额交纳：每月 100 分（第六条）',
            en: 'farmer: a fixed 100 fen a month (第六条)',
          },
        },
      ],
    });
  });
});
