import '@dangjian/components/provider/define';
import '@dangjian/components/post-board/define';
import type { DjPostBoard } from '@dangjian/components';
import type { Workspace } from '@dangjian/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { engagementAsOf, openEngagementWorkspace } from './data/engagement-workspace.js';

interface PostBoardArgs {
  orgId: string;
  memberId: string | undefined;
  asOf: string;
  theme: 'light' | 'dark' | 'auto' | undefined;
  lang: string | undefined;
}

type Story = StoryObj<PostBoardArgs>;

function boardIn(canvasElement: HTMLElement): DjPostBoard {
  const board = canvasElement.querySelector('dj-post-board');
  if (!board) throw new Error('the story rendered no <dj-post-board>');
  return board;
}

/**
 * 紫云苑社区's posts (设岗定责) built by core's commands: a 先锋岗 for two held by 王秀英, a 责任区
 * for one held by 李建国 and an open 服务岗; their pledges (依岗承诺), one 15 days overdue. Claiming
 * and leaving run `post.claim` and `post.release` for `member-id`.
 */
const meta: Meta<PostBoardArgs> = {
  title: 'Components/Post board 设岗定责',
  component: 'dj-post-board',
  loaders: [async () => ({ workspace: await openEngagementWorkspace() })],
  args: { orgId: 'c1', memberId: 'm2', asOf: engagementAsOf, theme: undefined, lang: undefined },
  argTypes: {
    memberId: { control: 'inline-radio', options: [undefined, 'm1', 'm2', 'm3', 'm4'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en'] },
  },
  render: (args, { loaded }) =>
    html`<dj-provider .workspace=${loaded['workspace'] as Workspace}>
      <dj-post-board
        org-id=${args.orgId}
        member-id=${ifDefined(args.memberId)}
        as-of=${args.asOf}
        theme=${ifDefined(args.theme)}
        lang=${ifDefined(args.lang)}
      ></dj-post-board>
    </dj-provider>`,
};

export default meta;

/** 李建国 takes the second place on the 先锋岗; the overdue pledge is found above the posts. */
export const ClaimAPost: Story = {
  play: async ({ canvasElement, step }) => {
    const board = boardIn(canvasElement);
    const shadow = within(board.shadowRoot as unknown as HTMLElement);
    await waitFor(() => expect(shadow.getByText(/逾期 15 天未报告践诺情况/)).toBeVisible());
    await step('claim 楼道环境先锋岗', async () => {
      await userEvent.click(shadow.getByRole('button', { name: '认领“楼道环境先锋岗”' }));
      await waitFor(() => expect(shadow.getByText('在岗 2/2 人')).toBeVisible());
    });
  },
};

/** 孙志强 belongs to another community and did not report here: core refuses, the alert says why. */
export const ClaimRefused: Story = {
  args: { memberId: 'm4' },
  play: async ({ canvasElement }) => {
    const board = boardIn(canvasElement);
    const shadow = within(board.shadowRoot as unknown as HTMLElement);
    await userEvent.click(await shadow.findByRole('button', { name: '认领“楼道环境先锋岗”' }));
    await expect(await shadow.findByRole('alert')).toHaveTextContent('到该社区报到的党员认领');
  },
};
