import '@dangjian/components/provider/define';
import '@dangjian/components/member-roster/define';
import type { DjMemberRoster } from '@dangjian/components';
import type { Member, Org, Workspace } from '@dangjian/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { generateTenant } from '../bench/generate.js';
import { openQinglongWorkspace, qinglongAsOf } from './data/member-workspace.js';
import { qinglongMembers, qinglongOrgs } from './data/qinglong.js';
import { dataInSnippet } from './data/snippets.js';

interface RosterArgs {
  category: string | undefined;
  care: string | undefined;
  stage: string | undefined;
  unmask: boolean;
  allowUnmask: boolean;
  theme: 'light' | 'dark' | 'auto' | undefined;
  lang: string | undefined;
  onSelect: (event: Event) => void;
}

type Story = StoryObj<RosterArgs>;

/**
 * "Show code": the roster given `.members` and `.orgs` (a small illustrative street, not the
 * story's 1,366 members) with the story's attributes and a `dj-member-select` listener.
 */
const dataInSource = (args: RosterArgs) =>
  dataInSnippet({
    tag: 'dj-member-roster',
    entry: 'member-roster',
    attributes: {
      'as-of': qinglongAsOf,
      category: args.category,
      care: args.care,
      stage: args.stage,
      unmask: args.unmask,
      'allow-unmask': args.allowUnmask,
      theme: args.theme,
      lang: args.lang,
    },
    properties: { orgs: qinglongOrgs, members: qinglongMembers },
    event: 'dj-member-select',
    listener: "console.log('selected', event.memberId, event.detail.member.name);",
  });

function rosterIn(canvasElement: HTMLElement): DjMemberRoster {
  const roster = canvasElement.querySelector('dj-member-roster');
  if (!roster) throw new Error('the story rendered no <dj-member-roster>');
  return roster;
}

const focusedRow = (roster: DjMemberRoster): string | undefined =>
  (roster.shadowRoot!.activeElement?.closest('[role="row"]') as HTMLElement | null)?.dataset['memberId'];

/**
 * 党员花名册 of 青龙街道 (1,366 members, connected to a workspace): filter by category, care flag,
 * org (with everything below it) and stage; sort from the column headers; every chip explains
 * itself on hover or focus. `as-of` fixes the date categories and ages are worked out on.
 */
const meta: Meta<RosterArgs> = {
  title: 'Components/Member roster 党员花名册',
  component: 'dj-member-roster',
  loaders: [async () => ({ workspace: await openQinglongWorkspace() })],
  args: {
    category: undefined,
    care: undefined,
    stage: undefined,
    unmask: false,
    allowUnmask: true,
    theme: undefined,
    lang: undefined,
    onSelect: fn(),
  },
  argTypes: {
    category: { control: 'select', options: [undefined, 'retired', 'senior', 'inTransition', 'resettled', 'employed'] },
    care: { control: 'select', options: [undefined, 'elderly', 'hardship'] },
    stage: { control: 'select', options: [undefined, 'full', 'probationary'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en'] },
    onSelect: { action: 'dj-member-select', table: { disable: true } },
  },
  parameters: {
    docs: { source: { transform: (_code: string, { args }: { args: RosterArgs }) => dataInSource(args) } },
  },
  render: (args, { loaded }) =>
    html`<dj-provider .workspace=${loaded['workspace'] as Workspace}>
      <dj-member-roster
        as-of=${qinglongAsOf}
        category=${ifDefined(args.category)}
        care=${ifDefined(args.care)}
        stage=${ifDefined(args.stage)}
        ?unmask=${args.unmask}
        ?allow-unmask=${args.allowUnmask}
        theme=${ifDefined(args.theme)}
        lang=${ifDefined(args.lang)}
        @dj-member-select=${args.onSelect}
      ></dj-member-roster>
    </dj-provider>`,
};

export default meta;

/** The whole street; 688 members over 60, as the report says. */
export const Street: Story = {
  play: async ({ canvasElement, args, step }) => {
    const roster = rosterIn(canvasElement);
    await waitFor(() => expect(roster.shownMembers).toHaveLength(1366));
    const grid = roster.shadowRoot!.querySelector('[role="grid"]')!;
    await expect(grid).toHaveAttribute('aria-rowcount', '1367');

    await step('the category filter keeps the 688 members over 60', async () => {
      const select = roster.shadowRoot!.querySelector<HTMLSelectElement>('select[data-filter="category"]')!;
      await userEvent.selectOptions(select, 'senior');
      await waitFor(() => expect(roster.shownMembers).toHaveLength(688));
    });

    await step('arrows move through the grid; Enter selects', async () => {
      roster.focus();
      const second = roster.shownMembers[1]!.id;
      await userEvent.keyboard('{ArrowDown}');
      await waitFor(() => expect(focusedRow(roster)).toBe(second));
      await userEvent.keyboard('{Enter}');
      await expect(args.onSelect).toHaveBeenCalled();
      await expect(roster.selected).toBe(second);
    });

    await step('a chip shows its rule and reason on focus', async () => {
      await userEvent.keyboard('{End}');
      const chip = roster.shadowRoot!.activeElement as HTMLElement;
      const tip = roster.shadowRoot!.getElementById(chip.getAttribute('aria-describedby')!)!;
      await expect(tip).toHaveAttribute('role', 'tooltip');
      await expect(tip).toBeVisible();
      await expect(tip).toHaveTextContent(/版/);
    });
  },
};

/** The relocating villages' members, in transition: relation org in the village, managed where they live. */
export const InTransition: Story = {
  args: { category: 'inTransition' },
  play: async ({ canvasElement }) => {
    const roster = rosterIn(canvasElement);
    await waitFor(() => expect(roster.shownMembers).toHaveLength(120));
    await expect(roster.shownMembers.every((member) => member.relationOrgId !== member.managingOrgId)).toBe(true);
  },
};

/** `lang="en"`. */
export const English: Story = {
  args: { lang: 'en', care: 'elderly' },
  play: async ({ canvasElement }) => {
    const roster = rosterIn(canvasElement);
    await waitFor(() =>
      expect(roster.shadowRoot!.querySelector('[role="grid"]')).toHaveAccessibleName('Member roster'),
    );
    await expect(roster.shadowRoot!.querySelector('.chip.care')).toHaveTextContent('Elderly');
  },
};

let largeTenant: { readonly members: readonly Member[]; readonly orgs: readonly Org[] } | undefined;

/** 100,000 generated members, made once per page: generating them takes a moment. */
function large(): { readonly members: readonly Member[]; readonly orgs: readonly Org[] } {
  largeTenant ??= generateTenant(100_000).records;
  return largeTenant;
}

/** 100,000 members given as data (`.members`, `.orgs`): only the rows in view are in the page. */
export const HundredThousand: StoryObj = {
  render: () => {
    const { members, orgs } = large();
    return html`<dj-member-roster as-of=${qinglongAsOf} .members=${members} .orgs=${orgs}></dj-member-roster>`;
  },
  play: async ({ canvasElement }) => {
    const roster = rosterIn(canvasElement);
    await waitFor(() =>
      expect(roster.shadowRoot!.querySelector('[role="grid"]')).toHaveAttribute('aria-rowcount', '100001'),
    );
    await expect(roster.shadowRoot!.querySelectorAll('.body [role="row"]').length).toBeLessThan(60);
    roster.focus();
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await waitFor(() => expect(focusedRow(roster)).toBe(roster.shownMembers.at(-1)!.id));
  },
};
