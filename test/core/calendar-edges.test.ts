import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilDate,
  civilDateParts,
  daysInMonth,
  isCivilDate,
  isInstant,
  isLeapYear,
  nextDay,
  parseAsOf,
  parseInstant,
  addMonths,
  addWorkingDays,
  isWorkingDay,
  monthsBefore,
  parseCivilDate,
  periodsBetween,
  previousDay,
  shanghaiDateOf,
  shanghaiDate,
  type CivilDate,
  type Instant,
} from '../../packages/core/src/calendar/index.js';
import { shanghaiDateByShift } from './civil-oracle.js';

// The calendar's edges, each against an oracle built on Date.UTC's rollover (no calendar code):
// the parts of a date or an instant one past their range, the first and last day of a year, and
// the periods between two dates. Written to kill the mutants the property tests left alive.

const dayMs = 86_400_000;
const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
/** Days in a month, from Date.UTC: day 0 of the next month is this month's last. */
const monthLength = (year: number, month: number): number => {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
};
const utcDay = (year: number, month: number, day: number): number => {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
};
const isoOfMs = (ms: number): string => {
  const date = new Date(ms);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};
const anyDay = fc
  .integer({ min: utcDay(1, 1, 1) / dayMs, max: utcDay(9999, 12, 31) / dayMs })
  .map((days) => isoOfMs(days * dayMs) as CivilDate);

describe('civil dates at their edges', () => {
  it('knows leap years and month lengths as the Gregorian calendar does (1900 no, 2000 yes)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        expect(isLeapYear(year)).toBe(monthLength(year, 2) === 29);
        expect(daysInMonth(year, month)).toBe(monthLength(year, month));
      }),
    );
    expect([1900, 2000, 2024, 2026, 2100].map(isLeapYear)).toEqual([false, true, true, false, false]);
  });

  it('steps one day either way across month and year ends', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const ms = Date.parse(`${day}T00:00:00Z`);
        if (day !== '9999-12-31') expect(nextDay(day)).toBe(isoOfMs(ms + dayMs));
        if (day !== '0001-01-01') expect(previousDay(day)).toBe(isoOfMs(ms - dayMs));
      }),
    );
    expect(nextDay('2026-12-31' as CivilDate)).toBe('2027-01-01');
    expect(previousDay('2027-01-01' as CivilDate)).toBe('2026-12-31');
    expect(previousDay('2024-03-01' as CivilDate)).toBe('2024-02-29');
    expect(nextDay('2026-02-28' as CivilDate)).toBe('2026-03-01');
  });

  it('refuses year 0, month 0 or 13, day 0 or one past the month, and anything not YYYY-MM-DD', () => {
    for (const text of ['0000-06-15', '2026-00-10', '2026-13-01', '2026-04-00', '2026-04-31', '2026-02-29'])
      expect(isCivilDate(text), text).toBe(false);
    for (const text of ['0001-01-01', '2026-12-31', '2024-02-29', '2026-04-30'])
      expect(isCivilDate(text), text).toBe(true);
    for (const text of [' 2026-01-01', '2026-01-01 ', '2026-1-01', '26-01-01', '2026-01-011', '2026/01/01', 20260101])
      expect(isCivilDate(text), String(text)).toBe(false);
    expect(() => civilDate(2026, 2, 29)).toThrow(RangeError);
    expect(() => civilDateParts('2026-02-30' as CivilDate)).toThrow(RangeError);
    expect(civilDateParts('0987-06-05' as CivilDate)).toEqual({ year: 987, month: 6, day: 5 });
    expect(civilDate(987, 6, 5)).toBe('0987-06-05');
  });
});

describe('instants at their edges', () => {
  // Every field of an instant, from just inside its range to one past it.
  const fields = fc.record({
    year: fc.integer({ min: 1992, max: 2100 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 24 }),
    minute: fc.integer({ min: 0, max: 60 }),
    second: fc.integer({ min: 0, max: 60 }),
    sign: fc.constantFrom('+', '-'),
    offsetHours: fc.integer({ min: 0, max: 24 }),
    offsetMinutes: fc.integer({ min: 0, max: 60 }),
    colon: fc.boolean(),
  });

  it('reads exactly the real wall-clock times and offsets, on the Shanghai day an 8-hour shift gives', () => {
    fc.assert(
      fc.property(fields, (f) => {
        const offset = `${f.sign}${pad(f.offsetHours)}${f.colon ? ':' : ''}${pad(f.offsetMinutes)}`;
        const text = `${f.year}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}${offset}`;
        const real =
          f.month >= 1 &&
          f.month <= 12 &&
          f.day >= 1 &&
          f.day <= monthLength(f.year, f.month) &&
          f.hour <= 23 &&
          f.minute <= 59 &&
          f.second <= 59 &&
          f.offsetHours <= 23 &&
          f.offsetMinutes <= 59;
        expect(isInstant(text), text).toBe(real);
        if (!real) return;
        const offsetMs = (f.sign === '-' ? -1 : 1) * (f.offsetHours * 60 + f.offsetMinutes) * 60_000;
        const ms = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second) - offsetMs;
        const parsed = parseAsOf(text);
        if (ms < Date.UTC(1991, 11, 31, 16)) expect(parsed).toMatchObject({ ok: false });
        else expect(parsed).toEqual({ ok: true, value: shanghaiDateByShift(ms) });
      }),
      { numRuns: 500 },
    );
  });

  it('accepts Z in either case, optional seconds and fractions, and nothing around the text', () => {
    expect(shanghaiDate('2026-11-23T16:30Z')).toBe('2026-11-24');
    expect(shanghaiDate('2026-11-23t16:30:00.123456789z')).toBe('2026-11-24');
    expect(shanghaiDate('2026-11-23T08:30:00-0800')).toBe('2026-11-24');
    for (const text of [
      '2026-11-23T16:30:00',
      ' 2026-11-23T16:30:00Z',
      '2026-11-23T16:30:00Z ',
      '2026-11-23T16:30:00.Z',
      '2026-11-23T16:30:00.1234567890Z',
      '2026-11-23T16:3:00Z',
      '2026-11-23T16:30:00+8:00',
      '2026-11-23 16:30:00Z',
    ])
      expect(isInstant(text), text).toBe(false);
  });

  it('starts at 1992 in Shanghai: the last instant of 1991 there is refused with its own code', () => {
    expect(parseInstant('1991-12-31T16:00:00Z')).toMatchObject({ ok: true });
    const before = parseInstant('1991-12-31T15:59:59Z', 'heldAt');
    expect(before.ok).toBe(false);
    if (!before.ok) expect(before.error).toMatchObject({ code: 'calendar.beforeFixedOffset', field: 'heldAt' });
    const garbage = parseInstant('yesterday', 'heldAt');
    if (garbage.ok) throw new Error('parsed garbage');
    expect(garbage.error).toMatchObject({ code: 'calendar.invalidInstant', field: 'heldAt' });
    expect(parseInstant(20261123).ok).toBe(false);
    expect(() => shanghaiDate('2026-02-30', 'from')).toThrow(expect.objectContaining({ field: 'from' }));
  });
});

describe('periods between two dates', () => {
  const cadences = { monthly: 1, quarterly: 3, halfYearly: 6, yearly: 12 } as const;
  it('tiles every period from the one holding `from` to the one holding `to`, ends on month ends', () => {
    const day = fc
      .integer({ min: utcDay(2020, 1, 1) / dayMs, max: utcDay(2030, 12, 31) / dayMs })
      .map((d) => isoOfMs(d * dayMs));
    fc.assert(
      fc.property(
        day,
        day,
        fc.constantFrom(...(Object.keys(cadences) as (keyof typeof cadences)[])),
        (a, b, cadence) => {
          const [from, to] = a <= b ? [a, b] : [b, a];
          const length = cadences[cadence];
          const index = (date: string): number =>
            Math.floor((Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1) / length);
          const periods = periodsBetween(from, to, cadence);
          expect(periods).toHaveLength(index(to) - index(from) + 1);
          for (const [n, period] of periods.entries()) {
            const firstMonth = (index(from) + n) * length;
            const [year, month] = [Math.floor(firstMonth / 12), (firstMonth % 12) + 1];
            const lastMonth = month + length - 1;
            expect(period.start).toBe(`${year}-${pad(month)}-01`);
            expect(period.end).toBe(`${year}-${pad(lastMonth)}-${pad(monthLength(year, lastMonth))}`);
          }
        },
      ),
    );
    expect(periodsBetween('2026-05-10', '2026-03-01', 'monthly')).toEqual([]);
    expect(periodsBetween('2026-01-01', '2026-12-31', 'halfYearly').map((p) => p.label)).toEqual([
      '2026-H1',
      '2026-H2',
    ]);
    expect(periodsBetween('2026-02-01', '2026-11-30', 'quarterly').map((p) => p.label)).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
    expect(periodsBetween('2025-12-01', '2026-01-31', 'monthly').map((p) => p.label)).toEqual(['2025-12', '2026-01']);
    expect(periodsBetween('2025-12-01', '2026-01-31', 'yearly').map((p) => p.label)).toEqual(['2025', '2026']);
  });
});

describe('errors the calendar gives', () => {
  const failure = (result: { ok: boolean; error?: unknown }): unknown => (result.ok ? undefined : result.error);

  it('names the field it was given, or its default one', () => {
    expect(failure(parseCivilDate('2026-02-30'))).toMatchObject({ code: 'calendar.invalidDate', field: 'date' });
    expect(failure(parseCivilDate('x', 'birthDate'))).toMatchObject({
      code: 'calendar.invalidDate',
      field: 'birthDate',
    });
    expect(failure(parseInstant('x'))).toMatchObject({ code: 'calendar.invalidInstant', field: 'asOf' });
    expect(failure(parseInstant('1990-01-01T00:00:00Z'))).toMatchObject({ field: 'asOf' });
    expect(() => shanghaiDate('x')).toThrow(
      expect.objectContaining({ code: 'calendar.invalidInstant', field: 'asOf' }),
    );
    expect(() => periodsBetween('x', '2026-01-01', 'monthly')).toThrow(expect.objectContaining({ field: 'from' }));
    expect(() => periodsBetween('2026-01-01', 'x', 'monthly')).toThrow(expect.objectContaining({ field: 'to' }));
    expect(() => isWorkingDay('1990-01-01' as CivilDate)).toThrow(
      expect.objectContaining({ code: 'calendar.noHolidayYear', field: 'date' }),
    );
  });

  it('reads only strings as instants, whatever an object prints as', () => {
    const lookalike = { toString: () => '2026-11-23T00:00:00Z' };
    expect(parseInstant(lookalike).ok).toBe(false);
    expect(isInstant(lookalike)).toBe(false);
    expect(() => shanghaiDateOf('yesterday' as Instant)).toThrow(RangeError);
  });

  it('counts only whole months and whole working days', () => {
    expect(() => addMonths('2026-01-31' as CivilDate, 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-11-23' as CivilDate, 0.5)).toThrow(RangeError);
    expect(addWorkingDays('2026-11-23' as CivilDate, 0)).toBe('2026-11-23');
    expect(addWorkingDays('2026-11-23' as CivilDate, -1)).toBe('2026-11-20');
    expect(addWorkingDays('2026-11-20' as CivilDate, 1)).toBe('2026-11-23');
  });
});

describe('the words of the calendar’s errors', () => {
  const failure = (result: { ok: boolean; error?: unknown }): { text: { en: string } } =>
    (result.ok ? undefined : result.error) as { text: { en: string } };

  it('name the field or year in the text, and say what was wrong in a RangeError', () => {
    expect(failure(parseCivilDate('x', 'birthDate')).text.en).toContain('birthDate');
    expect(failure(parseInstant('x', 'heldAt')).text.en).toContain('heldAt');
    expect(failure(parseInstant('1991-01-01T00:00:00Z', 'heldAt')).text.en).toContain('heldAt');
    expect(failure(parseAsOf('x'))).toMatchObject({ field: 'asOf' });
    expect(() => isWorkingDay('1990-01-01' as CivilDate)).toThrow(
      expect.objectContaining({ text: expect.objectContaining({ en: expect.stringContaining('1990') }) }),
    );
    expect(() => civilDate(2026, 2, 29)).toThrow(new RangeError('No such day: 2026-02-29'));
    expect(() => civilDateParts('2026-02-30' as CivilDate)).toThrow(new RangeError('Not a civil date'));
    expect(() => shanghaiDateOf('yesterday' as Instant)).toThrow(new RangeError('Not an instant'));
    expect(() => addMonths('2026-01-31' as CivilDate, 1.5)).toThrow(new RangeError('Months must be a whole number'));
    expect(() => addWorkingDays('2026-11-23' as CivilDate, 0.5)).toThrow(
      new RangeError('Working days must be a whole number'),
    );
  });

  it('reads only strings as dates, and counts months back from an instant’s Shanghai date', () => {
    expect(isCivilDate({ toString: () => '2026-01-01' })).toBe(false);
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(monthsBefore('2026-08-30T16:00:00Z', 6)).toBe('2026-02-28');
    expect(monthsBefore('2026-02-28', -6)).toBe('2026-08-28');
  });
});
