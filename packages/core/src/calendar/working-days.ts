import { ValidationError } from '../kernel/errors.js';
import { phrase } from '../i18n/define-messages.js';
import { civilDateParts, nextDay, previousDay, type CivilDate } from './civil-date.js';
import { calendarMessages } from './messages.js';
import shipped from './holidays/cn-public-holidays.json';

/** One year's arrangement, as one State Council notice publishes it. */
export interface HolidayYear {
  readonly year: number;
  /** The notice's name and number. */
  readonly source: string;
  readonly issuedOn: string;
  /** False for a year entered before its notice was read (a portal's forecast). */
  readonly confirmed: boolean;
  readonly evidence?: string;
  /** Days off, each range inclusive. */
  readonly holidays: readonly { readonly name: string; readonly from: string; readonly to: string }[];
  /** Saturdays and Sundays worked (调休上班). */
  readonly adjustedWorkdays: readonly string[];
}

/**
 * The official working-day calendar: which years it knows and, for them, which days are off and
 * which weekend days are worked. Built once from data; every question is a set lookup.
 */
export interface WorkdayCalendar {
  readonly years: ReadonlyMap<number, HolidayYear>;
  readonly holidays: ReadonlySet<string>;
  readonly adjustedWorkdays: ReadonlySet<string>;
}

function* daysFrom(from: CivilDate, to: CivilDate): Generator<CivilDate> {
  for (let day = from; day <= to; day = nextDay(day)) yield day;
}

/**
 * A calendar from the shipped years with a portal's years laid over them: a year the portal gives
 * replaces the shipped one whole (a later or corrected notice), a year it adds extends the range.
 */
export function workdayCalendar(overrides: readonly HolidayYear[] = []): WorkdayCalendar {
  const years = new Map<number, HolidayYear>();
  for (const year of [...(shipped.years as readonly HolidayYear[]), ...overrides]) years.set(year.year, year);
  const holidays = new Set<string>();
  const adjustedWorkdays = new Set<string>();
  for (const year of years.values()) {
    for (const { from, to } of year.holidays)
      for (const day of daysFrom(from as CivilDate, to as CivilDate)) holidays.add(day);
    for (const day of year.adjustedWorkdays) adjustedWorkdays.add(day);
  }
  return { years, holidays, adjustedWorkdays };
}

/** The shipped calendar (cn-public-holidays.json). */
export const shippedWorkdayCalendar: WorkdayCalendar = workdayCalendar();

/** The version of the shipped holiday data and the years it covers. */
export const holidayDataVersion: string = shipped.version;

/** 0 = Sunday … 6 = Saturday; Date.UTC reads its arguments as UTC whatever the host's zone. */
export function dayOfWeek(date: CivilDate): number {
  const { year, month, day } = civilDateParts(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

function requireYear(calendar: WorkdayCalendar, date: CivilDate): void {
  const { year } = civilDateParts(date);
  if (!calendar.years.has(year))
    throw new ValidationError({ ...phrase(calendarMessages.noHolidayYear, { year }), field: 'date' });
}

/**
 * A working day: an adjusted workday, or a Monday–Friday that is no holiday. A date in a year the
 * calendar does not know is a typed ValidationError, never a guess from weekends alone.
 */
export function isWorkingDay(date: CivilDate, calendar: WorkdayCalendar = shippedWorkdayCalendar): boolean {
  requireYear(calendar, date);
  if (calendar.adjustedWorkdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6;
}

/**
 * The `days`-th working day after `date` (before it when negative); `date` itself is not counted,
 * like a period of days under 民法典 第二百零一条. 0 gives `date`.
 */
export function addWorkingDays(
  date: CivilDate,
  days: number,
  calendar: WorkdayCalendar = shippedWorkdayCalendar,
): CivilDate {
  if (!Number.isInteger(days)) throw new RangeError('Working days must be a whole number');
  const step = days < 0 ? previousDay : nextDay;
  let current = date;
  for (let left = Math.abs(days); left > 0;) {
    current = step(current);
    if (isWorkingDay(current, calendar)) left -= 1;
  }
  return current;
}

/**
 * Working days after `from` up to and including `to` (0 when `to` is not after `from`), so that
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
 */
export function workingDaysBetween(
  from: CivilDate,
  to: CivilDate,
  calendar: WorkdayCalendar = shippedWorkdayCalendar,
): number {
  let count = 0;
  for (let day = nextDay(from); day <= to; day = nextDay(day)) if (isWorkingDay(day, calendar)) count += 1;
  return count;
}
