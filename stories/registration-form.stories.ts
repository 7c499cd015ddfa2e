import '@dangjian/components/provider/define';
import '@dangjian/components/registration-form/define';
import type { DjRegistrationForm } from '@dangjian/components';
import type { Workspace } from '@dangjian/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { openQinglongWorkspace, qinglongAsOf } from './data/member-workspace.js';

interface FormArgs {
  memberId: string;
  theme: 'light' | 'dark' | 'auto' | undefined;
  lang: string | undefined;
  onSubmit: (event: Event) => void;
  onSaved: (event: Event) => void;
}

type Story = StoryObj<FormArgs>;

function formIn(canvasElement: HTMLElement): DjRegistrationForm {
  const form = canvasElement.querySelector('dj-registration-form');
  if (!form) throw new Error('the story rendered no <dj-registration-form>');
  return form;
}

/**
 * 双报到 for an in-service member of 青龙街道 (connected: the form runs `registerInCommunity`).
 * Communities 1 and 2 have posts to claim.
 */
const meta: Meta<FormArgs> = {
  title: 'Components/Registration form 双报到',
  component: 'dj-registration-form',
  loaders: [async () => ({ workspace: await openQinglongWorkspace() })],
  args: { memberId: 'u2', theme: undefined, lang: undefined, onSubmit: fn(), onSaved: fn() },
  argTypes: {
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en'] },
    onSubmit: { action: 'dj-registration-submit', table: { disable: true } },
    onSaved: { action: 'dj-registration-saved', table: { disable: true } },
  },
  render: (args, { loaded }) =>
    html`<dj-provider .workspace=${loaded['workspace'] as Workspace}>
      <dj-registration-form
        member-id=${args.memberId}
        as-of=${qinglongAsOf}
        theme=${ifDefined(args.theme)}
        lang=${ifDefined(args.lang)}
        @dj-registration-submit=${args.onSubmit}
        @dj-registration-saved=${args.onSaved}
      ></dj-registration-form>
    </dj-provider>`,
};

export default meta;

/** Submitting empty shows what is missing; filled in, the member is registered. */
export const Register: Story = {
  play: async ({ canvasElement, args, step }) => {
    const form = formIn(canvasElement);
    const shadow = within(form.shadowRoot as unknown as HTMLElement);

    await step('an empty form says what is missing, on each input', async () => {
      await userEvent.click(shadow.getByRole('button', { name: '提交报到' }));
      await waitFor(() => expect(shadow.getByText('有 2 处需要修改')).toBeVisible());
      const community = shadow.getByLabelText('报到社区党组织');
      await expect(community).toHaveAttribute('aria-invalid', 'true');
      await expect(community).toHaveAccessibleDescription('请填写报到社区党组织');
      // Focus is inside the shadow root: the document sees the host.
      await expect(form.shadowRoot!.activeElement).toBe(community);
    });

    await step('filled in, it runs registerInCommunity', async () => {
      await userEvent.selectOptions(shadow.getByLabelText('报到社区党组织'), 'u1');
      await userEvent.click(await shadow.findByLabelText('老人助餐服务岗'));
      await userEvent.type(shadow.getByLabelText('所在单位党组织'), '常州某科技公司党支部');
      await userEvent.click(shadow.getByRole('button', { name: '提交报到' }));
      await waitFor(() => expect(args.onSaved).toHaveBeenCalledOnce());
      await expect(args.onSubmit).toHaveBeenCalledOnce();
      await expect(shadow.getByText('已报到到“城市社区1党委”')).toBeVisible();
    });
  },
};

/** `lang="en"`. */
export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const shadow = within(formIn(canvasElement).shadowRoot as unknown as HTMLElement);
    await waitFor(() => expect(shadow.getByRole('button', { name: 'Report' })).toBeVisible());
  },
};
