import '@dangjian/components/provider/define';
import '@dangjian/components/conference-roster/define';
import type { DjConferenceRoster, RosterView } from '@dangjian/components';
import type { Workspace } from '@dangjian/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { openRegionalWorkspace, regionalAsOf } from './data/fixture-workspace.js';

interface RosterArgs {
  asOf: string;
  view: RosterView;
  upcoming: number;
  theme: 'light' | 'dark' | 'auto' | undefined;
  lang: string | undefined;
}

type Story = StoryObj<RosterArgs & { workspace?: Workspace }>;

function rosterIn(canvasElement: HTMLElement): DjConferenceRoster {
  const roster = canvasElement.querySelector('dj-conference-roster');
  if (!roster) throw new Error('the story rendered no <dj-conference-roster>');
  return roster;
}

const shadowOf = (roster: DjConferenceRoster) => within(roster.shadowRoot as unknown as HTMLElement);

/**
 * The regional street's quarterly joint conference (区域化党建联席会议): 15 resident units chair
 * in turn, one quarter each, from 2025-Q1. 2026-Q2 was never held. `as-of` fixes the date the
 * roster stands on (the engine takes time as an argument); without it the element uses today.
 */
const meta: Meta<RosterArgs & { workspace?: Workspace }> = {
  title: 'Components/Conference roster 联席会议',
  component: 'dj-conference-roster',
  loaders: [async () => ({ workspace: await openRegionalWorkspace() })],
  args: { asOf: regionalAsOf, view: 'timeline', upcoming: 2, theme: undefined, lang: undefined },
  argTypes: {
    asOf: { control: 'text' },
    view: { control: 'inline-radio', options: ['members', 'timeline', 'agreements'] },
    upcoming: { control: { type: 'number', min: 0, max: 8 } },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en'] },
  },
  render: (args, { loaded }) =>
    html`<dj-provider .workspace=${loaded['workspace'] as Workspace}>
      <dj-conference-roster
        conference-id="conf"
        as-of=${args.asOf}
        view=${args.view}
        upcoming=${args.upcoming}
        theme=${ifDefined(args.theme)}
        lang=${ifDefined(args.lang)}
      ></dj-conference-roster>
    </dj-provider>`,
};

export default meta;

/** The rotating-chair timeline: the missed 2026-Q2 is marked with the engine's finding. */
export const Timeline: Story = {
  play: async ({ canvasElement, step }) => {
    const roster = rosterIn(canvasElement);
    const shadow = shadowOf(roster);
    const missed = roster.shadowRoot!.querySelector<HTMLElement>('[data-period="2026-Q2"]')!;

    await step('2026-Q2 is marked as missed, with its chair and the finding', async () => {
      await expect(missed).toHaveTextContent('未召开');
      await expect(missed).toHaveTextContent('轮值会长单位：驻区单位6');
      await expect(missed).toHaveTextContent('“区域化党建联席会议”2026-Q2未召开（应由“驻区单位6”轮值主持）');
    });

    await step('the summary names the current chair and what needs attention', async () => {
      await expect(shadow.getByText('本期（2026-Q4）轮值会长单位：驻区单位8')).toBeVisible();
      const current = roster.shadowRoot!.querySelector('[aria-current="step"]');
      await expect(current).toHaveAttribute('data-period', '2026-Q4');
    });

    await step('Left/Right move between the tabs', async () => {
      shadow.getByRole('tab', { selected: true }).focus();
      await userEvent.keyboard('{ArrowLeft}');
      await waitFor(() => expect(shadow.getByRole('tab', { selected: true })).toHaveTextContent('成员单位'));
      await expect(shadow.getByRole('tabpanel')).toHaveTextContent('兼职委员：王建国（社区综合党委）');
    });
  },
};

/** Member units with their turn in the rotation and the 兼职委员 each has on the community committee. */
export const Members: Story = {
  args: { view: 'members' },
  play: async ({ canvasElement }) => {
    const shadow = shadowOf(rosterIn(canvasElement));
    const panel = shadow.getByRole('tabpanel', { name: /成员单位/ });
    await expect(within(panel).getAllByRole('listitem')).toHaveLength(15);
    await expect(panel).toHaveTextContent('兼职委员：陈志刚（社区综合党委）');
  },
};

/** The member units' co-building agreements for the year, with each target's progress. */
export const Agreements: Story = {
  args: { view: 'agreements' },
  play: async ({ canvasElement }) => {
    const shadow = shadowOf(rosterIn(canvasElement));
    await expect(shadow.getAllByRole('article')).toHaveLength(15);
    const bar = shadow.getAllByRole('progressbar')[0]!;
    await expect(bar).toHaveAccessibleName('在职党员到社区报到服务：完成 18/20 人次');
    await expect(bar).toHaveAttribute('value', '18');
    await expect(shadow.getAllByText('未填报').length).toBe(15);
  },
};

/** Before the second quarter ends nothing is missed yet: the roster follows `as-of`. */
export const MidQuarter: Story = {
  args: { asOf: '2026-05-10' },
  play: async ({ canvasElement }) => {
    const roster = rosterIn(canvasElement);
    await expect(roster.shadowRoot!.querySelector('[aria-current="step"]')).toHaveAttribute('data-period', '2026-Q2');
    await expect(roster.shadowRoot!.querySelector('[part="attention"]')).toBeNull();
  },
};

/** `lang="en"`. */
export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const shadow = shadowOf(rosterIn(canvasElement));
    await expect(shadow.getByRole('tab', { name: /Rotating chair/ })).toHaveAttribute('aria-selected', 'true');
    // In the summary and on the period itself.
    await expect(
      shadow.getAllByText('"区域化党建联席会议" did not meet in 2026-Q2 (chair due: "驻区单位6")', { exact: false }),
    ).toHaveLength(2);
  },
};

/** `theme="dark"`. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { value: '#1c1c21' } },
};
