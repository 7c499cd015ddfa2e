import '@dangjian/components/provider/define';
import '@dangjian/components/meeting-calendar/define';
import type { CalendarView, DjMeetingCalendar, DjMeetingCellSelectEvent } from '@dangjian/components';
import { complianceReport, type Workspace } from '@dangjian/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { kangleAsOf, openKangleWorkspace, openLargeStreetWorkspace } from './data/meeting-workspace.js';

interface CalendarArgs {
  orgId: string;
  year: number;
  asOf: string;
  view: CalendarView;
  pageSize: number;
  approvedOnly: boolean;
  theme: 'light' | 'dark' | 'auto' | undefined;
  lang: string | undefined;
  onSelect: (event: DjMeetingCellSelectEvent) => void;
}

type Story = StoryObj<CalendarArgs & { workspace?: Workspace }>;

function calendarIn(canvasElement: HTMLElement): DjMeetingCalendar {
  const calendar = canvasElement.querySelector('dj-meeting-calendar');
  if (!calendar) throw new Error('the story rendered no <dj-meeting-calendar>');
  return calendar;
}

const shadowOf = (calendar: DjMeetingCalendar) => within(calendar.shadowRoot as unknown as HTMLElement);
const cellOf = (calendar: DjMeetingCalendar, row: string, column: number): HTMLElement =>
  calendar.shadowRoot!.querySelector<HTMLElement>(`[role="gridcell"][data-row="${row}"][data-column="${column}"]`)!;
const focusedCell = (calendar: DjMeetingCalendar): string | undefined => {
  const active = calendar.shadowRoot!.activeElement as HTMLElement | null;
  return active ? `${active.dataset['row']}@${active.dataset['column']}` : undefined;
};

/**
 * 康乐社区 (test/fixtures) in 2026, connected through a `<dj-provider>`: its three branches'
 * assemblies, theme days, life meetings, reviews and the secretary's 党课 against meetings.json,
 * with meetings recorded by `meeting.record`. A cell short of the minimum in an ended period is
 * marked 缺; its tooltip and the caption below the grid give core's finding and its article.
 */
const meta: Meta<CalendarArgs & { workspace?: Workspace }> = {
  title: 'Components/Meeting calendar 三会一课日历',
  component: 'dj-meeting-calendar',
  loaders: [async () => ({ workspace: await openKangleWorkspace() })],
  args: {
    orgId: 'kangle',
    year: 2026,
    asOf: kangleAsOf,
    view: 'month',
    pageSize: 20,
    approvedOnly: false,
    theme: undefined,
    lang: undefined,
    onSelect: fn(),
  },
  argTypes: {
    view: { control: 'inline-radio', options: ['month', 'quarter'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en'] },
    onSelect: { action: 'dj-meeting-cell-select', table: { disable: true } },
  },
  render: (args, { loaded }) =>
    html`<dj-provider .workspace=${loaded['workspace'] as Workspace}>
      <dj-meeting-calendar
        org-id=${args.orgId}
        year=${args.year}
        as-of=${args.asOf}
        view=${args.view}
        page-size=${args.pageSize}
        ?approved-only=${args.approvedOnly}
        theme=${ifDefined(args.theme)}
        lang=${ifDefined(args.lang)}
        @dj-meeting-cell-select=${args.onSelect}
      ></dj-meeting-calendar>
    </dj-provider>`,
};

export default meta;

/** The year by month: counts match core's report, arrows walk the grid, Enter chooses a cell. */
export const Kangle2026: Story = {
  play: async ({ canvasElement, args, loaded, step }) => {
    const calendar = calendarIn(canvasElement);
    const workspace = loaded['workspace'] as Workspace;
    const report = complianceReport(workspace.snapshot, {
      orgId: 'kangle',
      from: '2026-01-01',
      to: '2026-12-31',
      asOf: kangleAsOf,
    });

    await step("each cell says core's held of required", async () => {
      const row = report.data.rows.find((each) => each.orgId === 'kb1' && each.kind === 'themeDay')!;
      const counts = row.periods.map((_, at) => cellOf(calendar, 'kb1/meetings.themeDay', at).textContent?.trim());
      await expect(counts).toEqual(
        row.periods.map((period) => `${period.held}/${row.min}${period.closed && period.held < row.min ? '缺' : ''}`),
      );
      await expect(
        shadowOf(calendar).getByText(`3 个组织，${report.findings.length} 条提示`, { exact: false }),
      ).toBeVisible();
    });

    await step('arrows move over the quarters, Enter chooses and the caption cites the rule', async () => {
      cellOf(calendar, 'kb1/meetings.assembly', 0).focus();
      await userEvent.keyboard('{ArrowRight}');
      await expect(focusedCell(calendar)).toBe('kb1/meetings.assembly@3');
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(args.onSelect).toHaveBeenCalledWith(expect.objectContaining({ orgId: 'kb1' })));
      const detail = calendar.shadowRoot!.querySelector('[part="detail"]')!;
      await expect(detail).toHaveTextContent('第十一条');
    });
  },
};

/** By quarter: monthly theme days summed per quarter against three required. */
export const ByQuarter: Story = {
  args: { view: 'quarter' },
  play: async ({ canvasElement }) => {
    const calendar = calendarIn(canvasElement);
    await expect(
      shadowOf(calendar)
        .getAllByRole('columnheader')
        .map((header) => header.textContent?.trim()),
    ).toEqual(['组织 / 会议', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    await expect(cellOf(calendar, 'kb1/meetings.themeDay', 0).querySelector('.count')).toHaveTextContent('2/3');
  },
};

/** A street of 300 branches: 20 orgs a page; PageDown turns the page from the keyboard. */
export const LargeStreet: Story = {
  args: { orgId: 'street' },
  loaders: [async () => ({ workspace: await openLargeStreetWorkspace() })],
  play: async ({ canvasElement }) => {
    const calendar = calendarIn(canvasElement);
    const shadow = shadowOf(calendar);
    await expect(shadow.getAllByText('第 1 / 15 页').length).toBeGreaterThan(0);
    await expect(calendar.shadowRoot!.querySelectorAll('[data-org-id]')).toHaveLength(20);
    calendar.shadowRoot!.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')!.focus();
    await userEvent.keyboard('{PageDown}');
    await waitFor(() => expect(shadow.getAllByText('第 2 / 15 页').length).toBeGreaterThan(0));
    await expect(calendar.shadowRoot!.activeElement?.getAttribute('role')).toBe('gridcell');
  },
};

/** `lang="en"`: the grid's words and core's findings in English. */
export const English: Story = {
  args: { lang: 'en' },
  play: async ({ canvasElement }) => {
    const calendar = calendarIn(canvasElement);
    await expect(shadowOf(calendar).getByRole('grid')).toBeVisible();
    await expect(shadowOf(calendar).getAllByRole('rowheader', { name: /branch assembly/ }).length).toBe(3);
    await expect(cellOf(calendar, 'kb2/meetings.assembly', 0).title).toContain('branch assembly');
  },
};
