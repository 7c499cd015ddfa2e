import '@dangjian/components/provider/define';
import '@dangjian/components/meeting-calendar/define';
import { DjMeetingCellSelectEvent, type DjMeetingCalendar } from '@dangjian/components';
import { complianceReport, recordMeeting, snapshotFromRecords, type Workspace } from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';
import { kangleAsOf, kangleCommunity } from '../fixtures/tenants/kangle-community.js';
import { mount, text, usePage } from './support/tree.js';
import { provideSnapshot } from './support/workspace.js';

usePage();

const year = { from: '2026-01-01', to: '2026-12-31', asOf: kangleAsOf };

/** Kangle's three branches with a year of meetings recorded through the workspace's commands. */
async function kangleWithMeetings(): Promise<{ workspace: Workspace; provider: HTMLElement }> {
  const { workspace, provider } = await provideSnapshot(kangleCommunity());
  const meetings = [
    { id: 'kb1-a1', orgId: 'kb1', kind: 'assembly', heldOn: '2026-02-10' },
    { id: 'kb1-a3', orgId: 'kb1', kind: 'assembly', heldOn: '2026-08-10' },
    { id: 'kb1-t1', orgId: 'kb1', kind: 'themeDay', heldOn: '2026-01-15' },
    { id: 'kb1-t1b', orgId: 'kb1', kind: 'themeDay', heldOn: '2026-01-28' },
    { id: 'kb1-t3', orgId: 'kb1', kind: 'themeDay', heldOn: '2026-03-12' },
    { id: 'kb2-a2', orgId: 'kb2', kind: 'assembly', heldOn: '2026-05-20' },
  ] as const;
  for (const meeting of meetings) {
    const result = await workspace.run(recordMeeting, { ...meeting, topic: '学习', attendance: [] });
    if (!result.ok) throw result.error;
  }
  const lecture = await workspace.run(recordMeeting, {
    id: 'kb1-secretary',
    orgId: 'kb1',
    kind: 'lecture',
    heldOn: '2026-06-30',
    topic: '书记讲党课',
    attendance: [],
    lecturer: { name: '支部书记', role: 'secretary' },
  });
  if (!lecture.ok) throw lecture.error;
  return { workspace, provider };
}

async function mountCalendar(parent: HTMLElement, setup: (calendar: DjMeetingCalendar) => void = () => {}) {
  const calendar = document.createElement('dj-meeting-calendar');
  calendar.orgId = 'kangle';
  calendar.asOf = kangleAsOf;
  calendar.year = 2026;
  setup(calendar);
  return mount(calendar, parent);
}

const shadow = (calendar: DjMeetingCalendar): ShadowRoot => calendar.shadowRoot!;
const cells = (calendar: DjMeetingCalendar): HTMLElement[] => [
  ...shadow(calendar).querySelectorAll<HTMLElement>('[role="gridcell"]'),
];
const cell = (calendar: DjMeetingCalendar, row: string, column: number): HTMLElement => {
  const found = shadow(calendar).querySelector<HTMLElement>(
    `[role="gridcell"][data-row="${row}"][data-column="${column}"]`,
  );
  if (!found) throw new Error(`no cell ${row} @ ${column}`);
  return found;
};
const focused = (calendar: DjMeetingCalendar): string | undefined => {
  const active = shadow(calendar).activeElement as HTMLElement | null;
  return active ? `${active.dataset['row']}@${active.dataset['column']}` : undefined;
};

describe('<dj-meeting-calendar>', () => {
  it("shows core's report: held of required in every period, and a 缺 cell for each finding", async () => {
    const { workspace, provider } = await kangleWithMeetings();
    const calendar = await mountCalendar(provider);
    const report = complianceReport(workspace.snapshot, { orgId: 'kangle', ...year });
    expect(report.findings.length).toBeGreaterThan(20);

    // Every period of every row is one cell in the month view, its count the report's.
    const shown = cells(calendar);
    expect(shown).toHaveLength(report.data.rows.reduce((sum, row) => sum + row.periods.length, 0));
    for (const row of report.data.rows) {
      const rowCells = shown.filter((each) => each.dataset['row'] === `${row.orgId}/${row.rule.id}`);
      expect(rowCells.map((each) => text(each.querySelector('.count')!))).toEqual(
        row.periods.map((period) => `${period.held}/${row.min}`),
      );
    }
    // One 缺 per (row, period) finding, its tooltip the finding's text and article.
    const missing = shown.filter((each) => each.getAttribute('part')!.split(' ').includes('cell-missing'));
    expect(missing).toHaveLength(report.findings.length);
    const q2 = cell(calendar, 'kb1/meetings.assembly', 3);
    const finding = report.findings.find((f) => f.subject.id === 'kb1' && f.facts['period'] === '2026-Q2')!;
    expect(q2.getAttribute('aria-colspan')).toBe('3');
    expect(q2.title).toContain(finding.text['zh-CN']);
    expect(q2.title).toContain('第十一条');
    expect(text(shadow(calendar).querySelector('[part="summary"]')!)).toContain(
      `3 个组织，${report.findings.length} 条提示`,
    );
    // Held where recorded: two theme days in January, the assembly in Q1, nothing missing in Q4 (not over).
    expect(text(cell(calendar, 'kb1/meetings.themeDay', 0))).toBe('2/1');
    expect(cell(calendar, 'kb1/meetings.assembly', 9).getAttribute('part')).toBe('cell cell-open');
  });

  it("puts each branch's secretary 党课 last and apart, held only by a lecture the secretary gave", async () => {
    const { provider } = await kangleWithMeetings();
    const calendar = await mountCalendar(provider);
    const kb1 = shadow(calendar).querySelector('[data-org-id="kb1"]')!;
    const rows = [...kb1.querySelectorAll<HTMLElement>('[role="row"]')].slice(1);
    expect(rows.map((row) => text(row.querySelector('[role="rowheader"]')!))).toEqual([
      '支部党员大会（每季度至少 1 次）',
      '主题党日（每月至少 1 次）',
      '组织生活会（每年至少 1 次）',
      '民主评议党员（每年至少 1 次）',
      '书记讲党课',
    ]);
    expect(rows.at(-1)!.getAttribute('part')).toBe('row row-secretary');
    const secretary = cell(calendar, 'kb1/meetings.lecture.secretary', 0);
    expect(secretary.getAttribute('aria-colspan')).toBe('12');
    expect(text(secretary.querySelector('.count')!)).toBe('1/1');
    expect(text(cell(calendar, 'kb2/meetings.lecture.secretary', 0).querySelector('.count')!)).toBe('0/1');
  });

  it('moves by arrows over spanning cells, Home/End, and chooses with Enter; the caption names the rule', async () => {
    const { provider } = await kangleWithMeetings();
    const calendar = await mountCalendar(provider);
    const chosen: DjMeetingCellSelectEvent[] = [];
    calendar.addEventListener('dj-meeting-cell-select', (event) => chosen.push(event));
    const first = cells(calendar)[0]!;
    expect(first.tabIndex).toBe(0);
    expect(cells(calendar).filter((each) => each.tabIndex === 0)).toHaveLength(1);
    first.focus();
    // The org tree's order: 第二党支部, 第一党支部, 离退休党支部 (by pinyin).
    expect(focused(calendar)).toBe('kb2/meetings.assembly@0');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(focused(calendar)).toBe('kb1/meetings.assembly@0');
    await userEvent.keyboard('{ArrowRight}');
    expect(focused(calendar)).toBe('kb1/meetings.assembly@3');
    await userEvent.keyboard('{ArrowDown}');
    expect(focused(calendar)).toBe('kb1/meetings.themeDay@3');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(focused(calendar)).toBe('kb1/meetings.themeDay@5');
    await userEvent.keyboard('{ArrowUp}');
    expect(focused(calendar)).toBe('kb1/meetings.assembly@3');
    await userEvent.keyboard('{End}');
    expect(focused(calendar)).toBe('kb1/meetings.assembly@9');
    await userEvent.keyboard('{Home}{ArrowLeft}');
    expect(focused(calendar)).toBe('kb1/meetings.assembly@0');
    await userEvent.keyboard('{Control>}{End}{/Control}');
    expect(focused(calendar)).toBe('kb3/meetings.lecture.secretary@0');
    await userEvent.keyboard('{Control>}{Home}{/Control}');
    expect(focused(calendar)).toBe('kb2/meetings.assembly@0');
    cell(calendar, 'kb1/meetings.assembly', 0).focus();
    await userEvent.keyboard('{ArrowRight}{Enter}');
    expect(chosen).toHaveLength(1);
    expect(chosen[0]!.orgId).toBe('kb1');
    expect(chosen[0]!.detail).toMatchObject({ kind: 'assembly', ruleId: 'meetings.assembly' });
    expect(chosen[0]!.detail.periods.map((period) => [period.label, period.held])).toEqual([['2026-Q2', 0]]);
    expect(chosen[0]!.detail.findings).toHaveLength(1);
    const detail = text(shadow(calendar).querySelector('[part="detail"]')!);
    expect(detail).toContain(chosen[0]!.detail.findings[0]!.text['zh-CN']);
    expect(detail).toContain('第十一条');
  });

  it('pages a street of many orgs: page-size orgs at a time, PageDown turns the page and keeps the focus in the grid', async () => {
    const { provider } = await kangleWithMeetings();
    const calendar = await mountCalendar(provider, (element) => (element.pageSize = 1));
    const orgsShown = () =>
      [...shadow(calendar).querySelectorAll<HTMLElement>('[data-org-id]')].map((org) => org.dataset['orgId']);
    expect(orgsShown()).toEqual(['kb2']);
    expect(text(shadow(calendar).querySelector('[part="pager"]')!)).toContain('第 1 / 3 页');
    cells(calendar)[0]!.focus();
    await userEvent.keyboard('{PageDown}');
    expect(orgsShown()).toEqual(['kb1']);
    expect(focused(calendar)).toBe('kb1/meetings.assembly@0');
    await userEvent.keyboard('{PageUp}');
    expect(orgsShown()).toEqual(['kb2']);
    await userEvent.keyboard('{PageDown}');
    shadow(calendar).querySelector<HTMLButtonElement>('[data-page="next"]')!.click();
    await calendar.updateComplete;
    expect(orgsShown()).toEqual(['kb3']);
    expect(shadow(calendar).querySelector<HTMLButtonElement>('[data-page="next"]')!.disabled).toBe(true);
    // PageDown on the last page stays there: one PageUp goes back one page.
    cells(calendar)[0]!.focus();
    await userEvent.keyboard('{PageDown}{PageDown}{PageUp}');
    expect(orgsShown()).toEqual(['kb1']);
  });

  it('sums monthly periods per quarter in the quarter view', async () => {
    const { provider } = await kangleWithMeetings();
    const calendar = await mountCalendar(provider, (element) => (element.view = 'quarter'));
    const themeDays = cells(calendar).filter((each) => each.dataset['row'] === 'kb1/meetings.themeDay');
    expect(themeDays.map((each) => text(each.querySelector('.count')!))).toEqual(['3/3', '0/3', '0/3', '0/3']);
    // Q1 had January twice and March, no February: one finding; Q4 has October and not yet November.
    expect(themeDays[0]!.getAttribute('aria-label')).toContain('2026-02');
    expect(themeDays.map((each) => each.getAttribute('part'))).toEqual([
      'cell cell-missing',
      'cell cell-missing',
      'cell cell-missing',
      'cell cell-missing cell-open',
    ]);
  });

  it('follows the workspace: a meeting recorded fills its cell; approved-only counts only approved records', async () => {
    const { workspace, provider } = await kangleWithMeetings();
    const calendar = await mountCalendar(provider);
    expect(text(cell(calendar, 'kb2/meetings.themeDay', 6).querySelector('.count')!)).toBe('0/1');
    await workspace.run(recordMeeting, {
      id: 'kb2-t7',
      orgId: 'kb2',
      kind: 'themeDay',
      heldOn: '2026-07-01',
      topic: '学习',
      attendance: [],
    });
    await calendar.updateComplete;
    expect(text(cell(calendar, 'kb2/meetings.themeDay', 6).querySelector('.count')!)).toBe('1/1');
    calendar.approvedOnly = true;
    await calendar.updateComplete;
    expect(text(cell(calendar, 'kb2/meetings.themeDay', 6).querySelector('.count')!)).toBe('0/1');
  });

  it('shows a report given as a property, in English', async () => {
    const { workspace, provider } = await kangleWithMeetings();
    const report = complianceReport(workspace.snapshot, { orgId: 'kb2', ...year });
    const holder = document.createElement('div');
    holder.lang = 'en';
    provider.append(holder);
    const calendar = await mountCalendar(holder, (element) => {
      element.orgId = 'kb2';
      element.report = report;
    });
    expect(shadow(calendar).querySelector('[role="region"]')!.getAttribute('aria-label')).toBe(
      'Organisational life calendar: 第二党支部',
    );
    expect(text(shadow(calendar).querySelector('[role="rowheader"]')!)).toBe('第二党支部');
    expect(cell(calendar, 'kb2/meetings.assembly', 0).title).toContain(
      report.findings
        .find((f) => f.facts['kind'] === 'assembly' && f.facts['period'] === '2026-Q1')!
        .text.en.slice(0, 20),
    );
    expect(text(cell(calendar, 'kb2/meetings.assembly', 3).querySelector('.count')!)).toBe('1/1');
  });

  it('runs the engine on a snapshot given as a property, with the street as root and the members without org life counted', async () => {
    const street = snapshotFromRecords(scopedTenant, 1, scopedRecords);
    const holder = document.createElement('div');
    document.body.append(holder);
    try {
      const calendar = await mountCalendar(holder, (element) => {
        element.orgId = undefined;
        element.snapshot = street;
      });
      const report = complianceReport(street, { orgId: 'street', ...year });
      expect(report.data.withoutOrgLife.length).toBeGreaterThan(0);
      const orgs = [...shadow(calendar).querySelectorAll<HTMLElement>('[data-org-id]')].map(
        (org) => org.dataset['orgId'],
      );
      expect(orgs.sort()).toEqual([...new Set(report.data.rows.map((row) => row.orgId))].sort());
      expect(cells(calendar)).toHaveLength(report.data.rows.reduce((sum, row) => sum + row.periods.length, 0));
      expect(text(shadow(calendar).querySelector('[part="summary"]')!)).toBe(
        `${orgs.length} 个组织，${report.findings.length} 条提示 ${report.data.withoutOrgLife.length} 名党员长期未参加组织生活或无记录`,
      );
    } finally {
      holder.remove();
    }
  });
});
