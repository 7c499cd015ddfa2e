import type { Cadence } from '../schema/conference.js';
import { civilDate, civilDateParts, daysInMonth, nextDay, type CivilDate } from './civil-date.js';
import { shanghaiDate } from './instant.js';
import { addMonths } from './months.js';

const monthsIn: Readonly<Record<Cadence, number>> = { monthly: 1, quarterly: 3, halfYearly: 6, yearly: 12 };

/** One calendar period, both ends inclusive, as civil dates (Asia/Shanghai). */
export interface Period {
  readonly start: CivilDate;
  readonly end: CivilDate;
  /** `2026-11`, `2026-Q4`, `2026-H2`, `2026`. */
  readonly label: string;
}

function label(year: number, firstMonth: number, cadence: Cadence): string {
  if (cadence === 'monthly') return `${year}-${String(firstMonth).padStart(2, '0')}`;
  if (cadence === 'quarterly') return `${year}-Q${(firstMonth + 2) / 3}`;
  if (cadence === 'halfYearly') return `${year}-H${firstMonth < 7 ? 1 : 2}`;
  return String(year);
}

function periodAround(date: CivilDate, cadence: Cadence): Period {
  const length = monthsIn[cadence];
  const { year, month } = civilDateParts(date);
  const firstMonth = Math.floor((month - 1) / length) * length + 1;
  const lastMonth = firstMonth + length - 1;
  return {
    start: civilDate(year, firstMonth, 1),
    end: civilDate(year, lastMonth, daysInMonth(year, lastMonth)),
    label: label(year, firstMonth, cadence),
  };
}

/** The period of `cadence` that contains the date (a civil date, or an instant read in Asia/Shanghai). */
export function periodOf(asOf: string, cadence: Cadence): Period {
  return periodAround(shanghaiDate(asOf), cadence);
}

/** Every period from the one containing `from` up to and including the one containing `to`. */
export function periodsBetween(from: string, to: string, cadence: Cadence): Period[] {
  const periods: Period[] = [];
  const last = periodAround(shanghaiDate(to, 'to'), cadence).start;
  for (let current = periodAround(shanghaiDate(from, 'from'), cadence); current.start <= last;) {
    periods.push(current);
    current = periodAround(nextDay(current.end), cadence);
  }
  return periods;
}

/** The date `months` calendar months before `asOf`, by 民法典 第二百零三条 (31 Aug − 6 months = 28/29 Feb). */
export function monthsBefore(asOf: string, months: number): CivilDate {
  return addMonths(shanghaiDate(asOf), -months);
}
