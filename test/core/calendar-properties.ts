import fc from 'fast-check';
import {
  addMonths,
  ageOn,
  isCivilDate,
  isWithinMonths,
  parseCivilDate,
  parseInstant,
  periodOf,
  shanghaiDate,
  shanghaiDateOf,
  wholeMonthsBetween,
  type CivilDate,
} from '../../packages/core/src/calendar/index.js';
import { ageByParts, monthsAfterByParts, shanghaiDateByShift, wholeMonthsBySearch } from './civil-oracle.js';

/**
 * The calendar's properties against independent oracles, as plain assertions (no test runner):
 * `calendar.test.ts` runs them in-process and again in child processes under other host time
 * zones, with one seed, and compares what each process computed.
 */
const check = (condition: boolean, what: string): void => {
  if (!condition) throw new Error(what);
};

const dayMs = 86_400_000;
const civilDay = (from: number, to: number): fc.Arbitrary<CivilDate> =>
  fc.integer({ min: Date.UTC(from, 0, 1) / dayMs, max: Date.UTC(to, 0, 1) / dayMs }).map((days) => {
    const date = new Date(days * dayMs).toISOString().slice(0, 10);
    if (!isCivilDate(date)) throw new Error(`generator made ${date}`);
    return date;
  });

/** An instant written as the wall-clock time at `offsetMinutes` east of UTC, with that offset. */
function writeInstant(ms: number, offsetMinutes: number, withMillis: boolean): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, withMillis ? 23 : 19);
  if (offsetMinutes === 0) return `${local}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function runCalendarProperties(seed: number, numRuns = 300): void {
  const options = { seed, numRuns };

  // Parsing: exactly the real days are civil dates; the rest is a typed error.
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      (y, m, d) => {
        const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const utc = new Date(0);
        utc.setUTCFullYear(y, m - 1, d);
        const real = m >= 1 && m <= 12 && utc.getUTCDate() === d && utc.getUTCMonth() === m - 1;
        const parsed = parseCivilDate(text, 'on');
        check(parsed.ok === real, `parseCivilDate(${text})`);
        if (!parsed.ok) check(parsed.error.code === 'calendar.invalidDate' && parsed.error.field === 'on', 'error');
      },
    ),
    options,
  );

  // Instants in any offset land on the day an 8-hour shift gives.
  fc.assert(
    fc.property(
      fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) }),
      fc.integer({ min: -48, max: 56 }).map((quarters) => quarters * 15),
      fc.boolean(),
      (ms, offset, withMillis) => {
        const text = writeInstant(ms, offset, withMillis);
        const parsed = parseInstant(text);
        check(parsed.ok, `parseInstant(${text})`);
        if (parsed.ok) check(shanghaiDateOf(parsed.value) === shanghaiDateByShift(ms), `shanghaiDateOf(${text})`);
        check(shanghaiDate(text) === shanghaiDateByShift(ms), `shanghaiDate(${text})`);
      },
    ),
    options,
  );

  // Month addition (民法典 第二百零三条) against the oracle, and its shape.
  fc.assert(
    fc.property(civilDay(1900, 2100), civilDay(1900, 2100), fc.integer({ min: -1200, max: 1200 }), (a, b, n) => {
      const sum = addMonths(a, n);
      check(sum === monthsAfterByParts(a, n), `addMonths(${a}, ${n})`);
      const [day, sumDay] = [Number(a.slice(8)), Number(sum.slice(8))];
      check(sumDay <= day, 'result day ≤ original day');
      const nextMonthFirst = new Date(Date.UTC(Number(sum.slice(0, 4)), Number(sum.slice(5, 7)), 1));
      const lastDay = new Date(nextMonthFirst.getTime() - dayMs).getUTCDate();
      check(sumDay === day || sumDay === lastDay, 'the corresponding day, or the month end');
      const monthIndex = (date: string): number => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
      check(monthIndex(sum) - monthIndex(a) === n, 'lands n months on');
      const [early, late] = a <= b ? [a, b] : [b, a];
      check(addMonths(early, n) <= addMonths(late, n), 'monotone in the date');
    }),
    options,
  );

  // Whole months, within-months and age against the oracles.
  fc.assert(
    fc.property(civilDay(1990, 2030), civilDay(1990, 2030), fc.integer({ min: 0, max: 24 }), (from, to, n) => {
      const whole = wholeMonthsBetween(from, to);
      check(whole === (to < from ? 0 : wholeMonthsBySearch(from, to)), `wholeMonthsBetween(${from}, ${to})`);
      check(isWithinMonths(from, to, n) === (from <= to && wholeMonthsBySearch(from, to) < n), 'isWithinMonths');
      check(ageOn(from, to) === (to < from ? 0 : ageByParts(from, to)), `ageOn(${from}, ${to})`);
    }),
    options,
  );

  // A period contains its date, starts on a 1st, and an instant's period is its Shanghai date's.
  fc.assert(
    fc.property(
      fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) }),
      fc.constantFrom('monthly', 'quarterly', 'halfYearly', 'yearly' as const),
      (ms, cadence) => {
        const day = shanghaiDateByShift(ms);
        const period = periodOf(new Date(ms).toISOString(), cadence);
        check(period.start <= day && day <= period.end && period.start.endsWith('-01'), `periodOf(${day})`);
        check(JSON.stringify(period) === JSON.stringify(periodOf(day, cadence)), 'instant and date agree');
      },
    ),
    options,
  );
}

/** What the calendar computes for a fixed sample: every host time zone must print the same. */
export function calendarSample(): unknown[] {
  const instants = [
    '2026-11-22T16:30:00Z',
    '2026-12-31T16:00:00Z',
    '2026-12-31T15:59:59.999Z',
    '2024-02-29T23:00:00-08:00',
  ];
  const dates = ['2026-08-31', '2024-02-29', '2026-01-31', '2026-03-31', '1966-11-23'] as CivilDate[];
  return [
    instants.map((instant) => shanghaiDate(instant)),
    dates.flatMap((date) => [-12, -6, -1, 1, 6, 12].map((n) => addMonths(date, n))),
    dates.flatMap((from) => dates.map((to) => [wholeMonthsBetween(from, to), ageOn(from, to)])),
    instants.map((instant) => periodOf(instant, 'quarterly')),
  ];
}
