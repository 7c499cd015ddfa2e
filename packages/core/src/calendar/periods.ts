import { tz } from '@date-fns/tz';
import {
  addMonths,
  differenceInMonths,
  format,
  parseISO,
  startOfMonth,
  startOfQuarter,
  startOfYear,
  subDays,
  subMonths,
} from 'date-fns';
import type { Cadence } from '../schema/conference.js';

/** Calendar periods are Chinese calendar periods: read every date in Asia/Shanghai. */
const shanghai = tz('Asia/Shanghai');

/** A calendar date `YYYY-MM-DD` in Asia/Shanghai, from an ISO date or an ISO instant. */
export function shanghaiDate(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return format(parseISO(iso), 'yyyy-MM-dd', { in: shanghai });
}

const monthsIn: Readonly<Record<Cadence, number>> = { monthly: 1, quarterly: 3, halfYearly: 6, yearly: 12 };

/** One calendar period, both ends inclusive, as dates. */
export interface Period {
  readonly start: string;
  readonly end: string;
  /** `2026-11`, `2026-Q4`, `2026-H2`, `2026`. */
  readonly label: string;
}

function startOfPeriod(date: Date, cadence: Cadence): Date {
  if (cadence === 'monthly') return startOfMonth(date, { in: shanghai });
  if (cadence === 'quarterly') return startOfQuarter(date, { in: shanghai });
  if (cadence === 'yearly') return startOfYear(date, { in: shanghai });
  const month = shanghai(date).getMonth() < 6 ? 0 : 6;
  return addMonths(startOfYear(date, { in: shanghai }), month, { in: shanghai });
}

function label(start: Date, cadence: Cadence): string {
  const year = format(start, 'yyyy', { in: shanghai });
  if (cadence === 'monthly') return format(start, 'yyyy-MM', { in: shanghai });
  if (cadence === 'quarterly') return `${year}-Q${format(start, 'Q', { in: shanghai })}`;
  if (cadence === 'halfYearly') return `${year}-H${shanghai(start).getMonth() < 6 ? 1 : 2}`;
  return year;
}

const dateAt = (iso: string): Date => parseISO(`${shanghaiDate(iso)}T00:00:00+08:00`);

/** The period of `cadence` that contains the date. */
export function periodOf(iso: string, cadence: Cadence): Period {
  const start = startOfPeriod(dateAt(iso), cadence);
  const next = addMonths(start, monthsIn[cadence], { in: shanghai });
  return {
    start: format(start, 'yyyy-MM-dd', { in: shanghai }),
    end: format(subDays(next, 1, { in: shanghai }), 'yyyy-MM-dd', { in: shanghai }),
    label: label(start, cadence),
  };
}

/** Every period from the one containing `from` up to and including the one containing `to`. */
export function periodsBetween(from: string, to: string, cadence: Cadence): Period[] {
  const periods: Period[] = [];
  const last = periodOf(to, cadence).start;
  let current = periodOf(from, cadence);
  while (current.start <= last) {
    periods.push(current);
    const next = addMonths(dateAt(current.start), monthsIn[cadence], { in: shanghai });
    current = periodOf(format(next, 'yyyy-MM-dd', { in: shanghai }), cadence);
  }
  return periods;
}

/** The date `months` calendar months before `asOf` (a month-end clamps: 31 Aug − 6 months = 28/29 Feb). */
export function monthsBefore(asOf: string, months: number): string {
  return format(subMonths(dateAt(asOf), months, { in: shanghai }), 'yyyy-MM-dd', { in: shanghai });
}

/** Whole calendar months from `since` to `asOf` (both Asia/Shanghai dates). */
export function wholeMonthsBetween(since: string, asOf: string): number {
  return differenceInMonths(dateAt(asOf), dateAt(since), { in: shanghai });
}
