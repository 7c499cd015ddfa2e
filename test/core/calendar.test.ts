import {
  addMonths,
  ageOn,
  memberAge,
  parseAsOf,
  parseCivilDate,
  parseInstant,
  periodOf,
  periodsBetween,
  shanghaiDate,
  ValidationError,
  wholeMonthsBetween,
  type CivilDate,
} from '@dangjian/core';
import fc from 'fast-check';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { calendarSample, runCalendarProperties } from './calendar-properties.js';

const date = (text: string): CivilDate => {
  const parsed = parseCivilDate(text);
  if (!parsed.ok) throw parsed.error;
  return parsed.value;
};

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

describe('civil dates and instants', () => {
  it('keeps them apart: a date is not an instant, an instant needs an offset', () => {
    expect(parseCivilDate('2026-02-29').ok).toBe(false);
    expect(parseCivilDate('2026-11-23T00:00:00Z').ok).toBe(false);
    expect(parseInstant('2026-11-23').ok).toBe(false);
    expect(parseInstant('2026-11-23T10:00:00').ok).toBe(false);
    expect(parseInstant('2026-11-23T24:00:00Z').ok).toBe(false);
    expect(parseInstant('2026-11-23T10:00:00.123+08:00').ok).toBe(true);
  });

  it('gives typed errors that name the field and never echo the value', () => {
    const bad = parseAsOf('2026-13-01', 'asOf');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error).toBeInstanceOf(ValidationError);
    expect(bad.error).toMatchObject({ code: 'calendar.invalidInstant', field: 'asOf' });
    expect(JSON.stringify(bad.error.toJSON())).not.toContain('2026-13');
    expect(() => shanghaiDate('tomorrow')).toThrow(ValidationError);
    expect(parseCivilDate('1966-11-31', 'birthDate')).toMatchObject({
      ok: false,
      error: { code: 'calendar.invalidDate', field: 'birthDate' },
    });
  });

  it('refuses instants before 1992, when China still kept summer time', () => {
    expect(parseInstant('1991-07-01T00:00:00+08:00')).toMatchObject({
      ok: false,
      error: { code: 'calendar.beforeFixedOffset' },
    });
    expect(shanghaiDate('1991-12-31T16:00:00Z')).toBe('1992-01-01');
    // Civil dates have no zone: a birth date in 1950 is fine.
    expect(ageOn(date('1950-07-01'), date('2026-07-01'))).toBe(76);
  });
});

describe('months by 民法典 第二百零三条', () => {
  it('adds months to the corresponding day, or the last day of a month without one', () => {
    const table: [string, number, string][] = [
      ['2026-08-31', 6, '2027-02-28'],
      ['2027-08-31', 6, '2028-02-29'],
      ['2026-01-31', 1, '2026-02-28'],
      ['2024-01-31', 1, '2024-02-29'],
      ['2026-03-31', 1, '2026-04-30'],
      ['2026-05-31', -3, '2026-02-28'],
      ['2024-02-29', 12, '2025-02-28'],
      ['2024-02-29', 48, '2028-02-29'],
      ['2026-12-31', 2, '2027-02-28'],
      ['2026-11-23', -6, '2026-05-23'],
      ['2026-03-15', -15, '2024-12-15'],
      ['2026-10-31', 0, '2026-10-31'],
    ];
    expect(table.map(([from, n]) => addMonths(date(from), n))).toEqual(table.map(([, , to]) => to));
  });

  it('counts whole months to the corresponding day, the month end standing in for a missing one', () => {
    const table: [string, string, number][] = [
      ['2026-05-23', '2026-11-22', 5],
      ['2026-05-23', '2026-11-23', 6],
      ['2026-08-31', '2027-02-27', 5],
      ['2026-08-31', '2027-02-28', 6],
      ['2026-01-31', '2026-02-28', 1],
      ['2026-01-30', '2026-02-28', 1],
      ['2026-02-28', '2026-03-27', 0],
      ['2026-02-28', '2026-03-28', 1],
      ['2026-11-23', '2026-11-01', 0],
    ];
    expect(table.map(([from, to]) => wholeMonthsBetween(date(from), date(to)))).toEqual(table.map(([, , n]) => n));
  });

  it('ages a member on the birthday, 29 February on 28 February in a common year', () => {
    expect(ageOn(date('1966-11-23'), date('2026-11-22'))).toBe(59);
    expect(ageOn(date('1966-11-23'), date('2026-11-23'))).toBe(60);
    expect(ageOn(date('1964-02-29'), date('2025-02-27'))).toBe(60);
    expect(ageOn(date('1964-02-29'), date('2025-02-28'))).toBe(61);
    const member = { birthDate: '1966-11-23' };
    expect([memberAge(member, '2026-11-22T15:59:59Z'), memberAge(member, '2026-11-22T16:00:00Z')]).toEqual([59, 60]);
  });

  it('holds its properties against independent oracles in this process', () => {
    runCalendarProperties(20261123);
  });
});

describe('independent of the host time zone', () => {
  const run = promisify(execFile);
  const child = fileURLToPath(new URL('./calendar-child.ts', import.meta.url));
  const zones = [
    'UTC',
    'Asia/Shanghai',
    'America/Los_Angeles',
    'Pacific/Kiritimati',
    'America/St_Johns',
    'Australia/Lord_Howe',
  ];

  it('computes the same, and holds the same properties, in child processes under six zones', async () => {
    const seed = 612;
    const outputs = await Promise.all(
      zones.map(async (zone) => {
        const { stdout } = await run(process.execPath, ['--import', 'tsx', child, String(seed)], {
          env: { ...process.env, TZ: zone },
        });
        return JSON.parse(stdout) as { zone: string; hostOffset: number; sample: unknown };
      }),
    );
    // Each child really ran in its zone (their own clocks disagree) …
    expect(outputs.map((output) => output.zone)).toEqual(zones);
    expect(new Set(outputs.map((output) => output.hostOffset)).size).toBeGreaterThanOrEqual(5);
    // … and the calendar computed the same as this process in every one.
    for (const output of outputs) expect(output.sample).toEqual(calendarSample());
  }, 60_000);
});
