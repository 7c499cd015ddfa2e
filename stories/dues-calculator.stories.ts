import '@dangjian/components/dues-calculator/define';
import type { DjDuesCalculator } from '@dangjian/components';
import { duesAmount, type DuesCategory, type DuesRoundingInput } from '@dangjian/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';

interface CalculatorArgs {
  category: DuesCategory;
  baseFen: number | undefined;
  rounding: DuesRoundingInput | undefined;
  theme: 'light' | 'dark' | 'auto' | undefined;
  lang: string | undefined;
}

type Story = StoryObj<CalculatorArgs>;

function calculatorIn(canvasElement: HTMLElement): DjDuesCalculator {
  const calculator = canvasElement.querySelector('dj-dues-calculator');
  if (!calculator) throw new Error('the story rendered no <dj-dues-calculator>');
  return calculator;
}

/**
 * 党费计算: a category and a monthly base in 元 give the month's dues by core's `duesAmount`, with
 * each step (base → band → rate → rounding) citing its article. The rounding is no regulatory
 * figure (the 2008 rules set none) and is marked unconfirmed.
 */
const meta: Meta<CalculatorArgs> = {
  title: 'Components/Dues calculator 党费计算',
  component: 'dj-dues-calculator',
  args: { category: 'employed', baseFen: 300_000, rounding: undefined, theme: undefined, lang: undefined },
  argTypes: {
    category: {
      control: 'select',
      options: [
        'employed',
        'annualSalary',
        'selfEmployed',
        'retired',
        'farmer',
        'student',
        'unemployed',
        'relief',
        'subsistence',
      ],
    },
    baseFen: { control: { type: 'number', min: 0, step: 1 } },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en'] },
  },
  render: (args) =>
    html`<dj-dues-calculator
      category=${args.category}
      base-fen=${ifDefined(args.baseFen)}
      .rounding=${args.rounding}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang)}
    ></dj-dues-calculator>`,
};

export default meta;

/** At the band edge: 3000.00 元 is in the 0.5% band (upper bound inclusive), 3000.01 元 in the 1% band. */
export const BandEdge: Story = {
  play: async ({ canvasElement, step }) => {
    const calculator = calculatorIn(canvasElement);
    const shadow = within(calculator.shadowRoot as unknown as HTMLElement);
    await waitFor(() => expect(shadow.getByText('每月应交党费 15.00 元（1500 分）')).toBeVisible());

    await step('type one fen more: the next band', async () => {
      const base = shadow.getByLabelText('月计算基数（元）') as HTMLInputElement;
      base.focus();
      base.select();
      await userEvent.keyboard('3000.01');
      await waitFor(() => expect(shadow.getByText('每月应交党费 30.00 元（3000 分）')).toBeVisible());
      await expect(calculator.amount).toEqual(duesAmount({ category: 'employed', baseFen: 300_001 }));
      await expect(shadow.getByText('档次界限：3000.00 < x ≤ 5000.00 元')).toBeVisible();
    });
  },
};

/** A portal that rounds up to 0.1 元: the rounding step cites the portal's setting, marked unconfirmed. */
export const PortalRounding: Story = {
  args: { baseFen: 123_457, rounding: { mode: 'up', unitFen: 10 } },
  play: async ({ canvasElement }) => {
    const calculator = calculatorIn(canvasElement);
    const shadow = within(calculator.shadowRoot as unknown as HTMLElement);
    await waitFor(() => expect(shadow.getByText('每月应交党费 6.20 元（620 分）')).toBeVisible());
    const rounding = calculator.shadowRoot!.querySelector('li[data-step="rounding"]')!;
    await expect(rounding.querySelector('cite')).toHaveTextContent('门户本地设置（规定未明确取整方式）');
    await expect(rounding.querySelector('[part="unconfirmed"]')).not.toBeNull();
  },
};

/** A student pays a fixed 0.2 元; no base is asked for. */
export const FixedAmount: Story = {
  args: { category: 'student', baseFen: undefined },
  play: async ({ canvasElement }) => {
    const calculator = calculatorIn(canvasElement);
    const shadow = within(calculator.shadowRoot as unknown as HTMLElement);
    await waitFor(() => expect(shadow.getByText('每月应交党费 0.20 元（20 分）')).toBeVisible());
    await expect(shadow.queryByLabelText('月计算基数（元）')).toBeNull();
  },
};
