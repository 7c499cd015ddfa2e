import '@dangjian/components/provider/define';
import '@dangjian/components/contact-card/define';
import type { DjContactCard } from '@dangjian/components';
import type { Workspace } from '@dangjian/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { openQinglongWorkspace, qinglongAsOf } from './data/member-workspace.js';

interface ContactArgs {
  memberId: string;
  asOf: string;
  overdueMonths: number;
  theme: 'light' | 'dark' | 'auto' | undefined;
  lang: string | undefined;
}

type Story = StoryObj<ContactArgs>;

function cardIn(canvasElement: HTMLElement): DjContactCard {
  const card = canvasElement.querySelector('dj-contact-card');
  if (!card) throw new Error('the story rendered no <dj-contact-card>');
  return card;
}

/**
 * 联系卡 (六个清) of a dispersed member of 青龙街道, last updated 2026-10-15. Connected, so it can
 * be brought up to date (core's `recordContact`). `as-of` and `overdue-months` decide when the
 * card counts as overdue.
 */
const meta: Meta<ContactArgs> = {
  title: 'Components/Contact card 联系卡',
  component: 'dj-contact-card',
  loaders: [async () => ({ workspace: await openQinglongWorkspace() })],
  args: { memberId: 'd1-1', asOf: qinglongAsOf, overdueMonths: 6, theme: undefined, lang: undefined },
  argTypes: {
    overdueMonths: { control: { type: 'number', min: 1, max: 24 } },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en'] },
  },
  render: (args, { loaded }) =>
    html`<dj-provider .workspace=${loaded['workspace'] as Workspace}>
      <dj-contact-card
        member-id=${args.memberId}
        as-of=${args.asOf}
        overdue-months=${args.overdueMonths}
        theme=${ifDefined(args.theme)}
        lang=${ifDefined(args.lang)}
      ></dj-contact-card>
    </dj-provider>`,
};

export default meta;

/** Up to date on the fixture's date; update it by keyboard. */
export const Current: Story = {
  play: async ({ canvasElement, step }) => {
    const card = cardIn(canvasElement);
    const shadow = within(card.shadowRoot as unknown as HTMLElement);
    await waitFor(() => expect(shadow.getByText('最近更新：2026-10-15')).toBeVisible());
    await expect(card).not.toHaveAttribute('overdue');

    await step('update the whereabouts and save', async () => {
      shadow.getByRole('button', { name: '更新联系卡' }).focus();
      await userEvent.keyboard('{Enter}');
      const whereabouts = (await shadow.findByLabelText('去向清')) as HTMLTextAreaElement;
      // Focus moved into the form, onto its first field.
      await expect(card.shadowRoot!.activeElement).toBe(whereabouts);
      whereabouts.value = '已回迁新居';
      await userEvent.click(shadow.getByRole('button', { name: '保存' }));
      await waitFor(() => expect(shadow.getByText('已回迁新居')).toBeVisible());
      await expect(shadow.getByText('最近更新：2026-11-23')).toBeVisible();
    });
  },
};

/** Half a year on, the same card is overdue. */
export const Overdue: Story = {
  args: { asOf: '2027-05-01' },
  play: async ({ canvasElement }) => {
    const card = cardIn(canvasElement);
    await waitFor(() => expect(card).toHaveAttribute('overdue'));
    await expect(card.shadowRoot!.querySelector('[part="overdue"]')).toHaveTextContent('已满 6 个月未更新');
  },
};
