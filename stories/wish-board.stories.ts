import '@dangjian/components/provider/define';
import '@dangjian/components/wish-board/define';
import type { DjWishBoard } from '@dangjian/components';
import type { Workspace } from '@dangjian/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { engagementAsOf, openEngagementWorkspace } from './data/engagement-workspace.js';

interface WishBoardArgs {
  orgId: string;
  memberId: string | undefined;
  asOf: string;
  theme: 'light' | 'dark' | 'auto' | undefined;
  lang: string | undefined;
}

type Story = StoryObj<WishBoardArgs>;

function boardIn(canvasElement: HTMLElement): DjWishBoard {
  const board = canvasElement.querySelector('dj-wish-board');
  if (!board) throw new Error('the story rendered no <dj-wish-board>');
  return board;
}

const card = (board: DjWishBoard, wishId: string): HTMLElement =>
  board.shadowRoot!.querySelector<HTMLElement>(`[data-wish="${wishId}"]`)!;

/**
 * 紫云苑社区's 微心愿 built by core's commands, one in each state from 待审核 to 已兑现. The buttons
 * are the steps core's machine allows; claims are made in `member-id`'s name.
 */
const meta: Meta<WishBoardArgs> = {
  title: 'Components/Wish board 微心愿',
  component: 'dj-wish-board',
  loaders: [async () => ({ workspace: await openEngagementWorkspace() })],
  args: { orgId: 'c1', memberId: 'm2', asOf: engagementAsOf, theme: undefined, lang: undefined },
  argTypes: {
    memberId: { control: 'inline-radio', options: [undefined, 'm1', 'm2', 'm3', 'm4'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en'] },
  },
  render: (args, { loaded }) =>
    html`<dj-provider .workspace=${loaded['workspace'] as Workspace}>
      <dj-wish-board
        org-id=${args.orgId}
        member-id=${ifDefined(args.memberId)}
        as-of=${args.asOf}
        theme=${ifDefined(args.theme)}
        lang=${ifDefined(args.lang)}
      ></dj-wish-board>
    </dj-provider>`,
};

export default meta;

/** 李建国 (reported to the community) claims a wish; the resident's confirmation fulfils another. */
export const ClaimAndConfirm: Story = {
  play: async ({ canvasElement, step }) => {
    const board = boardIn(canvasElement);
    const shadow = within(board.shadowRoot as unknown as HTMLElement);
    await waitFor(() => expect(shadow.getByText('已认领（1）')).toBeVisible());
    await step('claim 辅导孩子功课', async () => {
      await userEvent.click(within(card(board, 'w3')).getByRole('button', { name: '认领' }));
      await waitFor(() => expect(shadow.getByText('已认领（2）')).toBeVisible());
    });
    await step('confirm 陪同就医 fulfilled', async () => {
      await userEvent.click(within(card(board, 'w4')).getByRole('button', { name: '确认兑现' }));
      await waitFor(() => expect(shadow.getByText('已兑现（2）')).toBeVisible());
    });
  },
};

/** 孙志强 did not report to the community (双报到): core refuses the claim, the alert says why. */
export const ClaimRefused: Story = {
  args: { memberId: 'm4' },
  play: async ({ canvasElement }) => {
    const board = boardIn(canvasElement);
    const shadow = within(board.shadowRoot as unknown as HTMLElement);
    await waitFor(() => expect(card(board, 'w3')).toBeTruthy());
    await userEvent.click(within(card(board, 'w3')).getByRole('button', { name: '认领' }));
    await expect(await shadow.findByRole('alert')).toHaveTextContent('未到社区报到');
  },
};
