import { periodOf, periodsBetween, shanghaiDate } from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('Asia/Shanghai calendar periods', () => {
  it('reads instants in Shanghai time: 23 Nov 16:30 UTC is already the 24th', () => {
    expect(shanghaiDate('2026-11-23T16:30:00Z')).toBe('2026-11-24');
    expect(shanghaiDate('2026-11-23T15:59:59Z')).toBe('2026-11-23');
    expect(shanghaiDate('2026-11-23')).toBe('2026-11-23');
  });

  it('finds the period around a date', () => {
    expect(periodOf('2026-11-23', 'quarterly')).toEqual({ start: '2026-10-01', end: '2026-12-31', label: '2026-Q4' });
    expect(periodOf('2024-02-10', 'monthly')).toEqual({ start: '2024-02-01', end: '2024-02-29', label: '2024-02' });
    expect(periodOf('2026-07-01', 'halfYearly')).toEqual({ start: '2026-07-01', end: '2026-12-31', label: '2026-H2' });
    expect(periodOf('2026-06-30', 'yearly')).toEqual({ start: '2026-01-01', end: '2026-12-31', label: '2026' });
  });

  it('tiles time without gaps or overlaps, whatever the host time zone', () => {
    const day = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });
    const span = fc.integer({ min: 0, max: 5 * 366 * 86_400_000 });
    const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
    fc.assert(
      fc.property(
        day,
        span,
        fc.constantFrom('monthly', 'quarterly', 'halfYearly', 'yearly' as const),
        (start, length, cadence) => {
          const [from, to] = [iso(start), iso(start + length)];
          const periods = periodsBetween(from, to, cadence);
          expect(periods[0]!.start <= from && from <= periods[0]!.end).toBe(true);
          expect(periods.at(-1)!.start <= to && to <= periods.at(-1)!.end).toBe(true);
          for (let i = 1; i < periods.length; i++) {
            const previousEnd = new Date(`${periods[i - 1]!.end}T00:00:00Z`);
            expect(new Date(`${periods[i]!.start}T00:00:00Z`).getTime() - previousEnd.getTime()).toBe(86_400_000);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
