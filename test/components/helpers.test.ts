import { shanghaiDate, type JointConference } from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { upcomingPeriods } from '../../packages/components/src/conference-roster/roster-model.js';
import { rowRange, visibleSpan } from '../../packages/components/src/org-tree/window-range.js';
import { nameParts } from '../../packages/components/src/org-tree/tree-search.js';
import { rovingIndex } from '../../packages/components/src/shared/roving.js';

/** The pure pieces behind the elements, at their edges. */
describe('window arithmetic', () => {
  it('renders the rows on screen plus the overscan, clamped to the list', () => {
    expect(rowRange({ top: 0, bottom: 360 }, 36, 6000, 10)).toEqual({ start: 0, end: 20 });
    expect(rowRange({ top: 36_000, bottom: 36_360 }, 36, 6000, 10)).toEqual({ start: 990, end: 1020 });
    expect(rowRange({ top: 215_900, bottom: 216_260 }, 36, 6000, 10)).toEqual({ start: 5987, end: 6000 });
    // Scrolled past the end (the list shrank under it): still at least the last row.
    expect(rowRange({ top: 500_000, bottom: 500_360 }, 36, 6000, 10)).toEqual({ start: 5999, end: 6000 });
    expect(rowRange({ top: 0, bottom: 360 }, 36, 0, 10)).toEqual({ start: 0, end: 0 });
  });

  it('clips a box taller than the window to the window', () => {
    // A 216,000px tree whose top is 1,000px above the window, in a 900px window.
    expect(visibleSpan({ top: -1000, height: 216_000, scrollTop: 0 }, 900)).toEqual({ top: 1000, bottom: 1900 });
    // A 360px scroll box fully on screen, scrolled by 720px.
    expect(visibleSpan({ top: 100, height: 360, scrollTop: 720 }, 900)).toEqual({ top: 720, bottom: 1080 });
    // Below the window: nothing of it is visible.
    expect(visibleSpan({ top: 1200, height: 360, scrollTop: 0 }, 900)).toEqual({ top: 0, bottom: 0 });
  });
});

describe('search highlighting', () => {
  it('cuts the name around every match, ignoring Latin case only', () => {
    expect(nameParts('龙城第一党支部第一党小组', '第一')).toEqual([
      { text: '龙城', match: false },
      { text: '第一', match: true },
      { text: '党支部', match: false },
      { text: '第一', match: true },
      { text: '党小组', match: false },
    ]);
    expect(nameParts('IT产业园', 'it')).toEqual([
      { text: 'IT', match: true },
      { text: '产业园', match: false },
    ]);
    // A letter whose lower case is longer is left alone, so the cuts stay aligned.
    expect(nameParts('İ党支部', '党支部')).toEqual([
      { text: 'İ', match: false },
      { text: '党支部', match: true },
    ]);
  });
});

describe('rotating chair ahead of as-of', () => {
  const conference: JointConference = {
    id: 'c',
    name: '联席会议',
    hostOrgId: 'o',
    memberUnitIds: ['a', 'b', 'c'],
    cadence: 'quarterly',
    startsOn: '2025-01-01',
    chairRotation: ['a', 'b', 'c'],
  };
  const period = (start: string, end: string, label: string) => ({
    period: { start: shanghaiDate(start), end: shanghaiDate(end), label },
  });

  it('continues the rotation across a year end', () => {
    const scheduled = [period('2025-07-01', '2025-09-30', '2025-Q3'), period('2025-10-01', '2025-12-31', '2025-Q4')];
    expect(upcomingPeriods(conference, scheduled, 2)).toEqual([
      { period: { start: '2026-01-01', end: '2026-03-31', label: '2026-Q1' }, chairUnitId: 'c' },
      { period: { start: '2026-04-01', end: '2026-06-30', label: '2026-Q2' }, chairUnitId: 'a' },
    ]);
  });

  it('starts from the first period when the conference has not begun', () => {
    expect(upcomingPeriods({ ...conference, cadence: 'monthly', startsOn: '2027-02-10' }, [], 2)).toEqual([
      { period: { start: '2027-02-01', end: '2027-02-28', label: '2027-02' }, chairUnitId: 'a' },
      { period: { start: '2027-03-01', end: '2027-03-31', label: '2027-03' }, chairUnitId: 'b' },
    ]);
  });
});

describe('roving focus', () => {
  it('stops at the ends of a list and goes round a tab list', () => {
    expect(rovingIndex('ArrowDown', 2, 3, 'vertical')).toBe(2);
    expect(rovingIndex('ArrowRight', 2, 3, 'horizontal', true)).toBe(0);
    expect(rovingIndex('ArrowLeft', 0, 3, 'horizontal', true)).toBe(2);
    expect(rovingIndex('ArrowDown', 0, 3, 'horizontal')).toBeUndefined();
    expect(rovingIndex('End', 0, 3, 'vertical')).toBe(2);
  });
});
