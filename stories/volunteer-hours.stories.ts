import '@dangjian/components/provider/define';
import '@dangjian/components/volunteer-hours/define';
import type { DjVolunteerHours } from '@dangjian/components';
import type { Workspace } from '@dangjian/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { openVolunteerWorkspace, volunteerPeriod } from './data/volunteer-workspace.js';

interface HoursArgs {
  orgId: string;
  from: string;
  to: string;
  asOf: string;
  readOnly: boolean;
  theme: 'light' | 'dark' | 'auto' | undefined;
  lang: string | undefined;
}

type Story = StoryObj<HoursArgs>;

function hoursIn(canvasElement: HTMLElement): DjVolunteerHours {
  const element = canvasElement.querySelector('dj-volunteer-hours');
  if (!element) throw new Error('the story rendered no <dj-volunteer-hours>');
  return element;
}

/**
 * 龙锦社区's volunteer teams in November 2026, built by core's commands: 龙锦志愿服务队 (a roster of
 * two members and two residents, 3 hours confirmed) and 义务巡防队 (30 people declared, no roster).
 * Recording runs `volunteer.recordHours`; a refusal is core's, and nothing is written.
 */
const meta: Meta<HoursArgs> = {
  title: 'Components/Volunteer hours 志愿服务时长',
  component: 'dj-volunteer-hours',
  loaders: [async () => ({ workspace: await openVolunteerWorkspace() })],
  args: { ...volunteerPeriod, asOf: '2026-11-23', readOnly: false, theme: undefined, lang: undefined },
  argTypes: {
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en'] },
  },
  render: (args, { loaded }) =>
    html`<dj-provider .workspace=${loaded['workspace'] as Workspace}>
      <dj-volunteer-hours
        org-id=${args.orgId}
        from=${args.from}
        to=${args.to}
        as-of=${args.asOf}
        ?read-only=${args.readOnly}
        theme=${ifDefined(args.theme)}
        lang=${ifDefined(args.lang)}
      ></dj-volunteer-hours>
    </dj-provider>`,
};

export default meta;

/** The team leader's day: 李大爷 served 45 minutes; the team's total grows from 3 hours. */
export const RecordHours: Story = {
  play: async ({ canvasElement, step }) => {
    const element = hoursIn(canvasElement);
    const shadow = within(element.shadowRoot as unknown as HTMLElement);
    const totals = () => element.shadowRoot!.querySelector<HTMLElement>('[part="totals"] [data-col="minutes"]')!;
    await waitFor(() => expect(totals().dataset['minutes']).toBe('180'));

    await step('record 45 minutes for 李大爷', async () => {
      await userEvent.selectOptions(shadow.getByLabelText('志愿者'), 'resident:李大爷');
      // Set whole: testing-library cannot focus a field inside a shadow root to clear it.
      (shadow.getByLabelText('分钟') as HTMLInputElement).value = '45';
      await userEvent.click(shadow.getByRole('button', { name: '确认登记' }));
      await waitFor(() => expect(totals().dataset['minutes']).toBe('225'));
      const row = element.shadowRoot!.querySelector<HTMLElement>('[part="volunteers"] tr[data-volunteer="李大爷"]')!;
      await expect(within(row).getByText('李大爷（居民）')).toBeVisible();
    });
  },
};

/** 李建国 already has an hour on 2 November: 1400 more would pass 24 hours, and core refuses. */
export const DayLimitRefused: Story = {
  play: async ({ canvasElement }) => {
    const element = hoursIn(canvasElement);
    const shadow = within(element.shadowRoot as unknown as HTMLElement);
    await userEvent.selectOptions(await shadow.findByLabelText('志愿者'), 'member:m2');
    // Set whole: a date field's segments take typing differently by browser.
    (shadow.getByLabelText('服务日期') as HTMLInputElement).value = '2026-11-02';
    (shadow.getByLabelText('分钟') as HTMLInputElement).value = '1400';
    await userEvent.click(shadow.getByRole('button', { name: '确认登记' }));
    await expect(await shadow.findByRole('alert')).toHaveTextContent('超过一天 1440 分钟');
  },
};

/** Read-only, in English: the figures without the form. */
export const ReadOnlyEnglish: Story = {
  args: { readOnly: true, lang: 'en' },
  play: async ({ canvasElement }) => {
    const shadow = within(hoursIn(canvasElement).shadowRoot as unknown as HTMLElement);
    await expect(await shadow.findByText('Total (2 teams)')).toBeVisible();
    await expect(shadow.queryByRole('button', { name: 'Confirm' })).toBeNull();
  },
};
