import '@dangjian/components/provider/define';
import '@dangjian/components/conference-roster/define';
import type { DjConferenceRoster } from '@dangjian/components';
import { recordConferenceSession, snapshotFromRecords, snapshotToRecords, type CommitteeSeat } from '@dangjian/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { missedQuarter, regionalAsOf, regionalStreet } from '../fixtures/tenants/regional-street.js';
import { mount, text, usePage } from './support/tree.js';
import { provideSnapshot } from './support/workspace.js';

usePage();
afterEach(() => vi.useRealTimers());

/** 兼职委员: two unit leaders on the community committee now, one whose term ended last year. */
const seats: CommitteeSeat[] = [
  { id: 'seat1', orgId: 'community', unitId: 'unit1', personName: '王建国', from: '2025-01-10' },
  { id: 'seat2', orgId: 'community', unitId: 'unit2', personName: '李红', from: '2025-01-10' },
  { id: 'seat3', orgId: 'community', unitId: 'unit3', personName: '赵强', from: '2024-01-10', to: '2025-12-31' },
];
const base = regionalStreet();
const street = snapshotFromRecords(base.tenant, 0, { ...snapshotToRecords(base), committeeSeats: seats });

async function mountRoster(
  setup: (roster: DjConferenceRoster) => void,
  parent?: HTMLElement,
): Promise<DjConferenceRoster> {
  const roster = document.createElement('dj-conference-roster');
  roster.setAttribute('conference-id', 'conf');
  setup(roster);
  return mount(roster, parent);
}

const $ = (roster: DjConferenceRoster, selector: string): HTMLElement =>
  roster.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (roster: DjConferenceRoster, selector: string): HTMLElement[] => [
  ...roster.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const periods = (roster: DjConferenceRoster): HTMLElement[] => $$(roster, 'li[data-period]');
const period = (roster: DjConferenceRoster, label: string): HTMLElement => $(roster, `li[data-period="${label}"]`);
const statusOf = (element: HTMLElement): string => text(element.querySelector('[part="status"]')!);
const focusedTab = (roster: DjConferenceRoster): string | null | undefined =>
  roster.shadowRoot!.activeElement?.getAttribute('id');

describe('<dj-conference-roster>', () => {
  it('sums up the conference: host, cadence, current chair and the missed quarter', async () => {
    const roster = await mountRoster((element) => {
      element.snapshot = street;
      element.asOf = regionalAsOf;
    });
    expect(text($(roster, '[part="title"]'))).toBe('区域化党建联席会议');
    expect($(roster, '[part="title"]').getAttribute('aria-level')).toBe('3');
    expect(text($(roster, '.facts'))).toBe('召集单位：区域化党建街道党工委 每季度召开 成员单位 15 个');
    expect(text($(roster, '.current-chair'))).toBe('本期（2026-Q4）轮值会长单位：驻区单位8');
    expect($$(roster, '[part="attention"] [part="finding"]').map(text)).toEqual([
      `“区域化党建联席会议”${missedQuarter}未召开（应由“驻区单位6”轮值主持）`,
    ]);
  });

  it('shows the rotating-chair timeline: held, missed, current and upcoming periods', async () => {
    const roster = await mountRoster((element) => {
      element.snapshot = street;
      element.asOf = regionalAsOf;
    });
    expect(roster.view).toBe('timeline');
    expect(periods(roster).map((element) => element.dataset['period'])).toEqual([
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
      '2027-Q1',
      '2027-Q2',
    ]);
    expect(periods(roster).map(statusOf)).toEqual([
      '已召开',
      '已召开',
      '已召开',
      '已召开',
      '已召开',
      '未召开',
      '已召开',
      '本期，尚未召开',
      '待召开',
      '待召开',
    ]);

    const missed = period(roster, '2026-Q2');
    expect(missed.getAttribute('part')).toBe('period period-missed');
    expect(text(missed.querySelector('[part="period-chair"]')!)).toBe('轮值会长单位：驻区单位6');
    expect(text(missed.querySelector('[part="finding"]')!)).toBe(
      '“区域化党建联席会议”2026-Q2未召开（应由“驻区单位6”轮值主持）',
    );
    expect(text(period(roster, '2026-Q3'))).toContain('2026-07-15 召开');

    const current = period(roster, '2026-Q4');
    expect(current.getAttribute('aria-current')).toBe('step');
    expect($$(roster, '[aria-current]')).toHaveLength(1);
    expect(text(current.querySelector('[part="period-chair"]')!)).toBe('轮值会长单位：驻区单位8');
    // The rotation goes on past as-of: units 9 and 10 chair the next two quarters.
    expect(text(period(roster, '2027-Q1').querySelector('[part="period-chair"]')!)).toBe('轮值会长单位：驻区单位9');
    expect(text(period(roster, '2027-Q2'))).toContain('2027-04-01 至 2027-06-30');
  });

  it('switches views with the arrow keys, Home and End (tabs pattern)', async () => {
    const roster = await mountRoster((element) => {
      element.snapshot = street;
      element.asOf = regionalAsOf;
    });
    const tabs = $$(roster, '[role="tab"]');
    expect(tabs.map(text)).toEqual(['成员单位 15', '轮值安排 10', '共建协议 15']);
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([-1, 0, -1]);
    expect($(roster, '[role="tabpanel"]').getAttribute('aria-labelledby')).toBe('tab-timeline');

    $(roster, '#tab-timeline').focus();
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => focusedTab(roster)).toBe('tab-agreements');
    expect(roster.view).toBe('agreements');
    expect($(roster, '#tab-agreements').getAttribute('aria-selected')).toBe('true');
    expect($$(roster, '[part="agreement"]')).toHaveLength(15);

    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => focusedTab(roster)).toBe('tab-members');
    expect($$(roster, '[part="member"]')).toHaveLength(15);
    await userEvent.keyboard('{End}');
    await expect.poll(() => focusedTab(roster)).toBe('tab-agreements');
    await userEvent.keyboard('{Home}');
    await expect.poll(() => focusedTab(roster)).toBe('tab-members');
    await userEvent.keyboard('{ArrowLeft}');
    await expect.poll(() => focusedTab(roster)).toBe('tab-agreements');
    // Tab leaves the tab list for the panel.
    await userEvent.keyboard('{Tab}');
    await expect.poll(() => roster.shadowRoot!.activeElement?.getAttribute('role')).toBe('tabpanel');
  });

  it('lists member units with their chair turn and the 兼职委员 seated on as-of', async () => {
    const roster = await mountRoster((element) => {
      element.snapshot = street;
      element.asOf = regionalAsOf;
      element.view = 'members';
    });
    const members = $$(roster, '[part="member"]');
    expect(text(members[0]!)).toBe('驻区单位1 机关 轮值第 1 位 兼职委员：王建国（社区综合党委）');
    expect(text(members[1]!)).toBe('驻区单位2 事业单位 轮值第 2 位 兼职委员：李红（社区综合党委）');
    // 赵强's term ended in 2025.
    expect(text(members[2]!)).toBe('驻区单位3 国有企业 轮值第 3 位 暂无兼职委员');
    expect(text(members[7]!)).toBe('驻区单位8 事业单位 轮值第 8 位 本期轮值会长 暂无兼职委员');
  });

  it('shows each member unit’s agreement with its targets, numbers and progress', async () => {
    const roster = await mountRoster((element) => {
      element.snapshot = street;
      element.asOf = regionalAsOf;
      element.view = 'agreements';
    });
    const [first] = $$(roster, '[part="agreement"]');
    expect(text(first!.querySelector('[part="agreement-title"]')!)).toBe('驻区单位1 · 共驻共建协议（2026 年）');
    expect(first!.querySelector('[part="agreement-title"]')!.getAttribute('aria-level')).toBe('4');
    const rows = [...first!.querySelectorAll<HTMLElement>('[part="target"]')].map(text);
    expect(rows).toEqual(['在职党员到社区报到服务 20 人次 18 人次 90%', '共建活动 4 次 — 未填报']);
    const bar = first!.querySelector('progress')!;
    expect([bar.value, bar.max, bar.getAttribute('aria-label')]).toEqual([
      18,
      20,
      '在职党员到社区报到服务：完成 18/20 人次',
    ]);
    // firm1 signed one too, but it is not a member of the conference.
    expect($$(roster, '[part="agreement-title"]').map(text)).not.toContain('非公企业1 · 共驻共建协议（2026 年）');
  });

  it('stands on the date it is given: mid-quarter, nothing is missed yet', async () => {
    const roster = await mountRoster((element) => {
      element.snapshot = street;
      element.setAttribute('as-of', '2026-05-10');
    });
    expect(statusOf(period(roster, '2026-Q2'))).toBe('本期，尚未召开');
    expect(roster.shadowRoot!.querySelector('[part="attention"]')).toBeNull();
    expect(periods(roster).at(-1)!.dataset['period']).toBe('2026-Q4');
  });

  it('uses today in Asia/Shanghai when as-of is not given', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 1 October, 00:30 in Shanghai: still 30 September in UTC.
    vi.setSystemTime(new Date('2026-09-30T16:30:00Z'));
    const roster = await mountRoster((element) => (element.snapshot = street));
    expect(period(roster, '2026-Q4').getAttribute('aria-current')).toBe('step');
    expect(statusOf(period(roster, '2026-Q3'))).toBe('已召开');
  });

  it('says so when the conference does not exist', async () => {
    const roster = await mountRoster((element) => {
      element.snapshot = street;
      element.setAttribute('conference-id', 'nope');
    });
    expect(text($(roster, '[part="loading"]'))).toBe('找不到联席会议“nope”');
  });

  it('follows the workspace: recording this quarter’s session marks it held', async () => {
    const { workspace, provider } = await provideSnapshot(street);
    const roster = await mountRoster((element) => (element.asOf = regionalAsOf), provider);
    expect(statusOf(period(roster, '2026-Q4'))).toBe('本期，尚未召开');

    const result = await workspace.run(recordConferenceSession, {
      id: 'session-2026-Q4',
      conferenceId: 'conf',
      heldOn: '2026-11-20',
      chairUnitId: 'unit9',
    });
    expect(result.ok).toBe(true);
    await expect.poll(() => statusOf(period(roster, '2026-Q4'))).toBe('已召开');
    // Chaired by the wrong unit: the engine's finding shows on the period and in the summary.
    expect(text(period(roster, '2026-Q4'))).toContain('2026-11-20 召开 · 实际主持：驻区单位9');
    expect($$(roster, '[part="attention"] [part="finding"]').map(text)).toContain(
      '“区域化党建联席会议”2026-Q4由“驻区单位9”主持，按轮值表应由“驻区单位8”主持',
    );
  });
});
