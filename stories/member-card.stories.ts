import '@dangjian/components/provider/define';
import '@dangjian/components/member-card/define';
import type { DjMemberCard } from '@dangjian/components';
import type { Workspace } from '@dangjian/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { openQinglongWorkspace, qinglongAsOf } from './data/member-workspace.js';

interface CardArgs {
  memberId: string;
  unmask: boolean;
  allowUnmask: boolean;
  theme: 'light' | 'dark' | 'auto' | undefined;
  lang: string | undefined;
  onUnmaskRequest: (event: Event) => void;
}

type Story = StoryObj<CardArgs>;

function cardIn(canvasElement: HTMLElement): DjMemberCard {
  const card = canvasElement.querySelector('dj-member-card');
  if (!card) throw new Error('the story rendered no <dj-member-card>');
  return card;
}

const shadowOf = (card: DjMemberCard) => within(card.shadowRoot as unknown as HTMLElement);

/**
 * One member of 青龙街道 (connected): the record, every category and care flag with the rule and
 * reason, and both organisations when they differ (组织关系所在 / 日常管理).
 */
const meta: Meta<CardArgs> = {
  title: 'Components/Member card 党员信息卡',
  component: 'dj-member-card',
  loaders: [async () => ({ workspace: await openQinglongWorkspace() })],
  args: {
    memberId: 'd1-1',
    unmask: false,
    allowUnmask: true,
    theme: undefined,
    lang: undefined,
    onUnmaskRequest: fn(),
  },
  argTypes: {
    memberId: { control: 'select', options: ['d1-1', 'u1', 'r1', 'u300'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en'] },
    onUnmaskRequest: { action: 'dj-unmask-request', table: { disable: true } },
  },
  render: (args, { loaded }) =>
    html`<dj-provider .workspace=${loaded['workspace'] as Workspace}>
      <dj-member-card
        member-id=${args.memberId}
        as-of=${qinglongAsOf}
        ?unmask=${args.unmask}
        ?allow-unmask=${args.allowUnmask}
        theme=${ifDefined(args.theme)}
        lang=${ifDefined(args.lang)}
        @dj-unmask-request=${args.onUnmaskRequest}
      ></dj-member-card>
    </dj-provider>`,
};

export default meta;

/** A dispersed member of a relocating village: membership in the retained branch, managed in a transitional group. */
export const DualManagement: Story = {
  play: async ({ canvasElement }) => {
    const card = cardIn(canvasElement);
    const shadow = shadowOf(card);
    await waitFor(() => expect(shadow.getByText('组织关系所在')).toBeVisible());
    await expect(shadow.getByText('日常管理')).toBeVisible();
    await expect(card.shadowRoot!.querySelector('[data-org="managing"]')).toHaveTextContent('过渡期党小组');
    await expect(card.shadowRoot!.querySelector('[data-yields="inTransition"]')).toHaveTextContent(
      'category.inTransition',
    );
  },
};

/** A member with a personal number; the page may refuse to unmask it. */
export const Masked: Story = {
  render: (args) => {
    const member = {
      id: 'demo1',
      name: '王秀英',
      gender: 'female' as const,
      birthDate: '1950-03-12',
      stage: 'full' as const,
      relationOrgId: 'u1b1',
      managingOrgId: 'u1b1',
      phone: '13812345678',
      employment: 'retired' as const,
      care: ['hardship' as const],
    };
    return html`<dj-member-card
      .member=${member}
      as-of=${qinglongAsOf}
      ?allow-unmask=${args.allowUnmask}
      @dj-unmask-request=${args.onUnmaskRequest}
    ></dj-member-card>`;
  },
  play: async ({ canvasElement, args }) => {
    const card = cardIn(canvasElement);
    const shadow = shadowOf(card);
    await expect(shadow.getByText('138****5678')).toBeVisible();
    shadow.getByRole('button', { name: '显示完整号码' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onUnmaskRequest).toHaveBeenCalledOnce();
    await waitFor(() => expect(shadow.getByText('13812345678')).toBeVisible());
  },
};
