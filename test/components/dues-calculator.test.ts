import '@dangjian/components/provider/define';
import '@dangjian/components/dues-calculator/define';
import type { DjDuesAmountEvent, DjDuesCalculator } from '@dangjian/components';
import { duesAmount, duesSchedule, type DuesCategory } from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { fenFromYuanText, yuanText } from '../../packages/components/src/dues-calculator/money.js';
import { mount, text, usePage } from './support/tree.js';
import { mountProvider, openWorkspace } from './support/workspace.js';

usePage();

const $ = (calculator: DjDuesCalculator, selector: string): HTMLElement | null =>
  calculator.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (calculator: DjDuesCalculator, selector: string): HTMLElement[] => [
  ...calculator.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

async function mountCalculator(setup: (calculator: DjDuesCalculator) => void = () => {}): Promise<DjDuesCalculator> {
  const calculator = document.createElement('dj-dues-calculator');
  setup(calculator);
  return mount(calculator);
}

/** Types `text` into the 元 field as a reader would (select all, then type). */
async function typeYuan(calculator: DjDuesCalculator, field: 'base' | 'fixed', typed: string): Promise<void> {
  const input = $(calculator, `#${field}`) as HTMLInputElement;
  await userEvent.clear(input);
  await userEvent.type(input, typed);
  await calculator.updateComplete;
}

async function chooseCategory(calculator: DjDuesCalculator, category: DuesCategory): Promise<void> {
  await userEvent.selectOptions($(calculator, '#category') as HTMLSelectElement, category);
  await calculator.updateComplete;
}

describe('<dj-dues-calculator>', () => {
  it.each([
    ['employed', '3000.00', 300_000],
    ['employed', '3000.01', 300_001],
    ['employed', '5000.00', 500_000],
    ['employed', '5000.01', 500_001],
    ['retired', '5000.00', 500_000],
    ['retired', '5000.01', 500_001],
  ] as const)('%s, base typed as "%s": amount and trace equal core duesAmount', async (category, typed, baseFen) => {
    const calculator = await mountCalculator();
    await chooseCategory(calculator, category);
    await typeYuan(calculator, 'base', typed);
    const expected = duesAmount({ category, baseFen });
    expect(calculator.baseFen).toBe(baseFen);
    expect(calculator.amount).toEqual(expected);
    const yuan = `${Math.floor(expected.amountFen / 100)}.${String(expected.amountFen % 100).padStart(2, '0')}`;
    expect(text($(calculator, '[part="amount"]')!)).toBe(`每月应交党费 ${yuan} 元（${expected.amountFen} 分）`);
    const steps = $$(calculator, '[part="trace"] > li');
    expect(steps.map((step) => step.dataset['step'])).toEqual(['base', 'band', 'rate', 'rounding']);
    expect(steps.map((step) => text(step.querySelector('.text')!))).toEqual(
      expected.trace.map((step) => step.text['zh-CN']),
    );
    expect(steps.map((step) => text(step.querySelector('cite')!))).toEqual(
      expected.trace.map((step) => step.rule.article ?? step.rule.source),
    );
  });

  it('shows the band bounds: 3000.00 is in the band up to 3000 inclusive, 3000.01 above it exclusive', async () => {
    const calculator = await mountCalculator((element) => (element.category = 'employed'));
    await typeYuan(calculator, 'base', '3000.00');
    expect(text($(calculator, '[part="bounds"]')!)).toBe('档次界限：x ≤ 3000.00 元');
    expect(calculator.amount!.amountFen).toBe(1500);
    await typeYuan(calculator, 'base', '3000.01');
    expect(text($(calculator, '[part="bounds"]')!)).toBe('档次界限：3000.00 < x ≤ 5000.00 元');
    expect(calculator.amount!.amountFen).toBe(3000);
  });

  it('holds the typed 元 as exact fen (no float drift) and refuses text that is not an amount', async () => {
    const calculator = await mountCalculator();
    // 4321.15 × 100 is 432114.99999999994 as a float.
    await typeYuan(calculator, 'base', '4,321.15');
    expect(calculator.baseFen).toBe(432_115);
    expect(calculator.amount).toEqual(duesAmount({ category: 'employed', baseFen: 432_115 }));
    await typeYuan(calculator, 'base', '3000.001');
    expect(calculator.baseFen).toBeUndefined();
    expect($(calculator, '#base')!.getAttribute('aria-invalid')).toBe('true');
    expect(text($(calculator, '#base-error')!)).toBe('请输入金额，如 3000.00（最多两位小数）');
    expect($(calculator, '[part="amount"]')).toBeNull();
  });

  it('marks the rounding unconfirmed, and a portal rounding gives core duesSchedule({ rounding })', async () => {
    const calculator = await mountCalculator((element) => {
      element.baseFen = 123_457;
    });
    const rounding = () => $(calculator, '[part="trace"] > li[data-step="rounding"]')!;
    expect(rounding().hasAttribute('data-unconfirmed')).toBe(true);
    expect(rounding().querySelector('[part="unconfirmed"]')).not.toBeNull();
    // The regulation's own figures are confirmed in dues.json: no mark on the band.
    expect($(calculator, 'li[data-step="band"] [part="unconfirmed"]')).toBeNull();
    expect(calculator.amount!.amountFen).toBe(617);

    calculator.rounding = { mode: 'up', unitFen: 10 };
    await calculator.updateComplete;
    const expected = duesAmount(
      { category: 'employed', baseFen: 123_457 },
      duesSchedule({ rounding: { mode: 'up', unitFen: 10 } }),
    );
    expect(calculator.amount).toEqual(expected);
    expect(calculator.amount!.amountFen).toBe(620);
    expect(text(rounding().querySelector('cite')!)).toBe('门户本地设置（规定未明确取整方式）');
    expect(rounding().querySelector('[part="unconfirmed"]')).not.toBeNull();
  });

  it('fixed amounts: 0.2 元 for a student without a base; a farmer within 0.2–1 元, else core refuses', async () => {
    const calculator = await mountCalculator();
    const amounts: number[] = [];
    calculator.addEventListener('dj-dues-amount', (event: DjDuesAmountEvent) => amounts.push(event.amountFen));
    await chooseCategory(calculator, 'student');
    expect($(calculator, '#base')).toBeNull();
    expect(calculator.amount).toEqual(duesAmount({ category: 'student' }));
    expect(calculator.amount!.amountFen).toBe(20);
    expect($$(calculator, '[part="trace"] > li').map((step) => step.dataset['step'])).toEqual(['fixed']);

    await chooseCategory(calculator, 'farmer');
    expect(text($(calculator, '#fixed-hint')!)).toMatch(/^0\.20–1\.00 元，由党支部确定（第六条）$/);
    await typeYuan(calculator, 'fixed', '0.5');
    expect(calculator.amount).toEqual(duesAmount({ category: 'farmer', fixedFen: 50 }));
    await typeYuan(calculator, 'fixed', '1.5');
    expect(calculator.amount).toBeUndefined();
    expect(text($(calculator, '[part="error"]')!)).toMatch(/^无法计算：/);
    // Told once per new amount while typing: 0.5 → 50; "1" and "1." → 100; "1.5" none.
    expect(amounts).toEqual([20, 50, 100]);
  });

  it('speaks English under lang="en"', async () => {
    const calculator = await mountCalculator((element) => {
      element.setAttribute('lang', 'en');
      element.baseFen = 300_001;
    });
    expect(text($(calculator, '[part="amount"]')!)).toBe('Monthly dues 30.00 yuan (3000 fen)');
    expect(text($(calculator, 'li[data-step="band"] .text')!)).toBe(
      duesAmount({ category: 'employed', baseFen: 300_001 }).trace[1]!.text.en,
    );
  });

  it('works inside a provider: the workspace is handed down and the amount is the same', async () => {
    const { workspace } = await openWorkspace();
    const provider = await mountProvider(workspace);
    const revision = workspace.revision;
    const calculator = document.createElement('dj-dues-calculator');
    calculator.category = 'retired';
    calculator.baseFen = 500_001;
    await mount(calculator, provider);
    expect(calculator.workspace).toBe(workspace);
    expect(calculator.amount).toEqual(duesAmount({ category: 'retired', baseFen: 500_001 }));
    // Display only: nothing is written.
    expect(workspace.revision).toBe(revision);
  });

  it('reads any 元 text with up to two decimals as exact fen, and writes fen back as the same 元', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const twoPlaces = `${whole}.${String(cents).padStart(2, '0')}`;
        expect(fenFromYuanText(twoPlaces)).toBe(whole * 100 + cents);
        expect(yuanText(whole * 100 + cents)).toBe(twoPlaces);
        if (cents % 10 === 0) expect(fenFromYuanText(`${whole}.${cents / 10}`)).toBe(whole * 100 + cents);
        expect(fenFromYuanText(`${whole}`)).toBe(whole * 100);
        expect(fenFromYuanText(`${twoPlaces}1`)).toBeUndefined();
      }),
    );
  });
});
