import '@dangjian/components/meeting-calendar/define';
import '@dangjian/components/attendance-sheet/define';
import '@dangjian/components/provider/define';
import { describe, expect, it } from 'vitest';
import { kangleAsOf, kangleCommunity } from '../fixtures/tenants/kangle-community.js';
import { settle, useStrictCsp } from './support/strict-csp.js';
import { mount, usePage } from './support/tree.js';
import { provideSnapshot } from './support/workspace.js';

usePage();

/**
 * The meeting elements under a portal's strict CSP (`style-src-attr 'none'`), as
 * strict-csp.test.ts does for the others: they render and lay out their grid without a single
 * violation (cells are placed through custom properties set by the CSSOM, never a style attribute).
 */
const violations = useStrictCsp();

describe('the meeting elements under a strict CSP (no inline styles)', () => {
  it('lays out the calendar: a quarter spans three month columns, a year twelve', async () => {
    const { provider } = await provideSnapshot(kangleCommunity());
    const calendar = document.createElement('dj-meeting-calendar');
    calendar.orgId = 'kangle';
    calendar.asOf = kangleAsOf;
    await mount(calendar, provider);
    await settle();
    const width = (row: string, column: number) =>
      calendar
        .shadowRoot!.querySelector<HTMLElement>(`[role="gridcell"][data-row="${row}"][data-column="${column}"]`)!
        .getBoundingClientRect().width;
    const month = width('kb1/meetings.themeDay', 0);
    expect(month).toBeGreaterThan(20);
    expect(width('kb1/meetings.assembly', 3) / month).toBeCloseTo(3, 0);
    expect(width('kb1/meetings.review', 0) / month).toBeCloseTo(12, 0);
    expect(violations).toEqual([]);
  });

  it('renders the attendance sheet', async () => {
    const { provider } = await provideSnapshot(kangleCommunity());
    const sheet = document.createElement('dj-attendance-sheet');
    sheet.orgId = 'kb1';
    sheet.heldOn = '2026-11-20';
    await mount(sheet, provider);
    await settle();
    expect(sheet.shadowRoot!.querySelectorAll('tr[data-member-id]')).toHaveLength(16);
    expect(violations).toEqual([]);
  });
});
