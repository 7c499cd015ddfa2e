import {
  addWorkingDays,
  holidayDataVersion,
  isWorkingDay,
  shippedWorkdayCalendar,
  ValidationError,
  workdayCalendar,
  workingDaysBetween,
  type CivilDate,
  type HolidayYear,
} from '@dangjian/core';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Working days against an oracle built here from the JSON itself with Date.UTC, sharing no code
// with calendar/working-days.ts: ranges expanded by milliseconds, weekdays by getUTCDay.

const dayMs = 86_400_000;
const data = JSON.parse(readFileSync('packages/core/src/calendar/holidays/cn-public-holidays.json', 'utf8')) as {
  version: string;
  years: HolidayYear[];
};
const iso = (ms: number): CivilDate => new Date(ms).toISOString().slice(0, 10) as CivilDate;
const msOf = (date: string): number => Date.parse(`${date}T00:00:00Z`);

const offDays = new Set<string>();
const workedWeekends = new Set<string>();
for (const year of data.years) {
  for (const { from, to } of year.holidays) for (let ms = msOf(from); ms <= msOf(to); ms += dayMs) offDays.add(iso(ms));
  for (const day of year.adjustedWorkdays) workedWeekends.add(day);
}
const weekend = (date: string): boolean => [0, 6].includes(new Date(msOf(date)).getUTCDay());
const oracleWorking = (date: string): boolean => workedWeekends.has(date) || (!offDays.has(date) && !weekend(date));

/** Counts oracle working days in (from, to], day by day. */
function oracleBetween(from: string, to: string): number {
  let count = 0;
  for (let ms = msOf(from) + dayMs; ms <= msOf(to); ms += dayMs) if (oracleWorking(iso(ms))) count += 1;
  return count;
}

/** A day of 2025–2026 (the years the data covers), kept 40 days from the ends so sums stay inside. */
const day = fc
  .integer({ min: msOf('2025-01-01') / dayMs + 40, max: msOf('2026-12-31') / dayMs - 40 })
  .map((n) => iso(n * dayMs));

describe('working days (official holidays and 调休)', () => {
  it('ships 2025 and 2026, each from its State Council notice, with a version and a confirmed flag', () => {
    expect(data.years.map((year) => year.year)).toEqual([2025, 2026]);
    expect(holidayDataVersion).toBe(data.version);
    for (const year of data.years) {
      expect(year.source).toMatch(/国务院办公厅关于\d{4}年部分节假日安排的通知/);
      expect(typeof year.confirmed).toBe('boolean');
      // Adjusted workdays are weekend days, and no day is both off and worked.
      for (const worked of year.adjustedWorkdays) {
        expect(weekend(worked), worked).toBe(true);
        expect(offDays.has(worked), worked).toBe(false);
      }
    }
    expect(shippedWorkdayCalendar.years.size).toBe(2);
  });

  it('knows the arrangements: 2026 Spring Festival, the worked Saturdays and Sundays', () => {
    expect(isWorkingDay('2026-02-16' as CivilDate)).toBe(false); // a Monday in the Spring Festival
    expect(isWorkingDay('2026-02-14' as CivilDate)).toBe(true); // a Saturday worked
    expect(isWorkingDay('2025-09-28' as CivilDate)).toBe(true); // a Sunday worked
    expect(isWorkingDay('2026-10-08' as CivilDate)).toBe(true); // the 2026 National Day break ends on the 7th
    expect(isWorkingDay('2025-10-08' as CivilDate)).toBe(false); // … in 2025 on the 8th (with Mid-Autumn)
    expect(isWorkingDay('2026-11-28' as CivilDate)).toBe(false); // an ordinary Saturday
    // A notice posted on 30 Sep 2026 runs Sep 30, Oct 8, 9, 10 (Saturday worked) and 12.
    expect(addWorkingDays('2026-09-29' as CivilDate, 5)).toBe('2026-10-12');
    expect(workingDaysBetween('2026-09-29' as CivilDate, '2026-10-12' as CivilDate)).toBe(5);
  });

  it('a working day is never a holiday; adjusted weekend days count (every day of both years)', () => {
    for (let ms = msOf('2025-01-01'); ms <= msOf('2026-12-31'); ms += dayMs) {
      const date = iso(ms);
      expect(isWorkingDay(date), date).toBe(oracleWorking(date));
      if (isWorkingDay(date)) expect(offDays.has(date) && !workedWeekends.has(date), date).toBe(false);
    }
  });

  it('addWorkingDays lands on a working day that many working days on, and back', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 20 }), (from, n) => {
        const to = addWorkingDays(from, n);
        expect(oracleBetween(from, to)).toBe(n);
        if (n > 0) {
          expect(oracleWorking(to)).toBe(true);
          // No earlier day has n working days after `from`: it is the n-th, not a later one.
          expect(oracleBetween(from, iso(msOf(to) - dayMs))).toBe(n - 1);
        }
        if (oracleWorking(from)) expect(addWorkingDays(to, -n)).toBe(from);
      }),
      { numRuns: 400 },
    );
  });

  it('workingDaysBetween counts the working days after `from` up to `to`', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(workingDaysBetween(a, b)).toBe(a < b ? oracleBetween(a, b) : 0);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a year it has no notice for, as a typed error, rather than guess from weekends', () => {
    const attempt = () => isWorkingDay('2027-03-01' as CivilDate);
    expect(attempt).toThrow(ValidationError);
    try {
      attempt();
    } catch (error) {
      expect((error as ValidationError).code).toBe('calendar.noHolidayYear');
    }
    expect(() => addWorkingDays('2026-12-30' as CivilDate, 5)).toThrow(ValidationError);
  });

  it('takes a portal’s year over the shipped one, and a year the kit does not ship', () => {
    const forecast: HolidayYear = {
      year: 2027,
      source: '门户自填（待国务院办公厅通知）',
      issuedOn: '2026-11-30',
      confirmed: false,
      holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-03' }],
      adjustedWorkdays: [],
    };
    const corrected: HolidayYear = { ...data.years[1]!, adjustedWorkdays: [], confirmed: false };
    const calendar = workdayCalendar([forecast, corrected]);
    expect(isWorkingDay('2027-01-01' as CivilDate, calendar)).toBe(false);
    expect(isWorkingDay('2027-01-04' as CivilDate, calendar)).toBe(true);
    expect(isWorkingDay('2026-02-14' as CivilDate, calendar)).toBe(false);
    expect(calendar.years.get(2026)?.confirmed).toBe(false);
    expect(isWorkingDay('2025-09-28' as CivilDate, calendar)).toBe(true);
  });
});
