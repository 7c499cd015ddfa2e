import '@dangjian/components/provider/define';
import '@dangjian/components/score-ledger/define';
import type { DjScoreLedger } from '@dangjian/components';
import type { Workspace } from '@dangjian/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { openPointsDemo, pointsAsOf } from './data/points-workspace.js';

interface LedgerArgs {
  memberId: string | undefined;
  orgId: string | undefined;
  asOf: string;
  theme: 'light' | 'dark' | 'auto' | undefined;
  lang: string | undefined;
}

type Story = StoryObj<LedgerArgs>;

function ledgerIn(canvasElement: HTMLElement): DjScoreLedger {
  const ledger = canvasElement.querySelector('dj-score-ledger');
  if (!ledger) throw new Error('the story rendered no <dj-score-ledger>');
  return ledger;
}

/**
 * 积分台账 of 龙锦社区 in 2026 under the kit's default scheme: a member's lines (each with the
 * record it came from and why it counts less, if it does) and part totals, or each branch's
 * ranking. Every figure is core's `scoreLedgerReport`.
 */
const meta: Meta<LedgerArgs> = {
  title: 'Components/Score ledger 积分台账',
  component: 'dj-score-ledger',
  loaders: [async () => ({ workspace: await openPointsDemo() })],
  args: { memberId: undefined, orgId: 'lj', asOf: pointsAsOf, theme: undefined, lang: undefined },
  argTypes: {
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en'] },
  },
  render: (args, { loaded }) =>
    html`<dj-provider .workspace=${loaded['workspace'] as Workspace}>
      <dj-score-ledger
        member-id=${ifDefined(args.memberId)}
        org-id=${ifDefined(args.orgId)}
        as-of=${args.asOf}
        theme=${ifDefined(args.theme)}
        lang=${ifDefined(args.lang)}
      ></dj-score-ledger>
    </dj-provider>`,
};

export default meta;

/** 龙锦第一党支部's ranking; 王秀英 (over 70) is not ranked. Open 李建国's ledger and come back. */
export const BranchRanking: Story = {
  play: async ({ canvasElement, step }) => {
    const ledger = ledgerIn(canvasElement);
    const shadow = within(ledger.shadowRoot as unknown as HTMLElement);
    await waitFor(() => expect(shadow.getByText('龙锦社区党委 2026 年度积分排名')).toBeVisible());
    await expect(shadow.queryByRole('button', { name: '王秀英' })).toBeNull();

    await step("open 李建国's lines", async () => {
      await userEvent.click(shadow.getByRole('button', { name: '李建国' }));
      await waitFor(() => expect(shadow.getByText('李建国 2026 年度积分')).toBeVisible());
      await expect(shadow.getByText('2026-03 已达上限 3 分')).toBeVisible();
      const total = ledger.shadowRoot!.querySelector('tfoot [data-total] [data-col="points"]')!;
      await expect(total).toHaveTextContent('10');
    });

    await step('back to the ranking', async () => {
      await userEvent.click(shadow.getByRole('button', { name: '返回排名' }));
      await waitFor(() => expect(shadow.getByText('龙锦社区党委 2026 年度积分排名')).toBeVisible());
    });
  },
};

/** 王秀英's ledger in English: her lines count, and the note says why she is not ranked. */
export const ExcludedMember: Story = {
  args: { memberId: 'm1', orgId: undefined, lang: 'en' },
  play: async ({ canvasElement }) => {
    const shadow = within(ledgerIn(canvasElement).shadowRoot as unknown as HTMLElement);
    await waitFor(() =>
      expect(shadow.getByText('Not ranked: members aged 70 or over take part if they wish')).toBeVisible(),
    );
    await expect(shadow.getByText('Attending the theme day')).toBeVisible();
  },
};
