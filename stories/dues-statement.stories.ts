import '@dangjian/components/provider/define';
import '@dangjian/components/dues-statement/define';
import type { DjDuesStatement } from '@dangjian/components';
import type { Workspace } from '@dangjian/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { duesMonthId, openDuesWorkspace } from './data/dues-workspace.js';

interface StatementArgs {
  monthId: string;
  asOf: string;
  theme: 'light' | 'dark' | 'auto' | undefined;
  lang: string | undefined;
}

type Story = StoryObj<StatementArgs>;

function statementIn(canvasElement: HTMLElement): DjDuesStatement {
  const statement = canvasElement.querySelector('dj-dues-statement');
  if (!statement) throw new Error('the story rendered no <dj-dues-statement>');
  return statement;
}

/**
 * 龙锦第一党支部's November 2026 dues month, built by core's commands: one member paid, one owing,
 * one deferred. Pay, defer and report run `dues.pay`, `dues.defer` and `dues.report`.
 */
const meta: Meta<StatementArgs> = {
  title: 'Components/Dues statement 党费收缴',
  component: 'dj-dues-statement',
  loaders: [async () => ({ workspace: await openDuesWorkspace() })],
  args: { monthId: duesMonthId, asOf: '2026-11-20', theme: undefined, lang: undefined },
  argTypes: {
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en'] },
  },
  render: (args, { loaded }) =>
    html`<dj-provider .workspace=${loaded['workspace'] as Workspace}>
      <dj-dues-statement
        month-id=${args.monthId}
        as-of=${args.asOf}
        theme=${ifDefined(args.theme)}
        lang=${ifDefined(args.lang)}
      ></dj-dues-statement>
    </dj-provider>`,
};

export default meta;

/** One member owes: the month cannot be reported until they pay. */
export const Collecting: Story = {
  play: async ({ canvasElement, step }) => {
    const statement = statementIn(canvasElement);
    const shadow = within(statement.shadowRoot as unknown as HTMLElement);
    await waitFor(() => expect(shadow.getByText('尚有 1 人未交且未经同意缓交，暂不能上报')).toBeVisible());

    await step('李建国 pays 15.00 元 in cash', async () => {
      const row = statement.shadowRoot!.querySelector<HTMLElement>('tr[data-member="m2"]')!;
      await userEvent.click(within(row).getByRole('button', { name: '交纳' }));
      await userEvent.click(shadow.getByRole('button', { name: '确定' }));
      await waitFor(() => expect(shadow.getByText('全部党员已交纳或经同意缓交，可以上报')).toBeVisible());
    });

    await step('report the month', async () => {
      await userEvent.click(shadow.getByRole('button', { name: '上报' }));
      await waitFor(() => expect(shadow.getByText('2026-11 党费收缴 · 已上报')).toBeVisible());
    });
  },
};

/** Reporting while someone owes: core refuses, and the alert says why. */
export const ReportRefused: Story = {
  play: async ({ canvasElement }) => {
    const statement = statementIn(canvasElement);
    const shadow = within(statement.shadowRoot as unknown as HTMLElement);
    await userEvent.click(await shadow.findByRole('button', { name: '上报' }));
    await expect(await shadow.findByRole('alert')).toHaveTextContent('不能上报');
  },
};
