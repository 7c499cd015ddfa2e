import { civilDate, civilDateParts, daysInMonth, type CivilDate } from './civil-date.js';

/**
 * `months` calendar months after `date` (before it when negative), by 民法典 第二百零三条: the
 * corresponding day of the target month, or that month's last day when it has none
 * (31 August + 6 months = 28 or 29 February).
 */
export function addMonths(date: CivilDate, months: number): CivilDate {
  if (!Number.isInteger(months)) throw new RangeError('Months must be a whole number');
  const { year, month, day } = civilDateParts(date);
  const total = year * 12 + (month - 1) + months;
  const [targetYear, targetMonth] = [Math.floor(total / 12), (((total % 12) + 12) % 12) + 1];
  return civilDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/**
 * Whole months from `from` to `to`: the largest n with `addMonths(from, n)` on or before `to`
 * (民法典 第二百零一、二百零三条: the day of the event is not counted, so a period of n months
 * ends on the corresponding day). 0 when `to` is not after `from`. The kit's one definition:
 * classification rules, status findings, contact cards and ages all count with it.
 */
export function wholeMonthsBetween(from: CivilDate, to: CivilDate): number {
  if (to <= from) return 0;
  const [start, end] = [civilDateParts(from), civilDateParts(to)];
  const months = end.year * 12 + end.month - (start.year * 12 + start.month);
  const correspondingDay = Math.min(start.day, daysInMonth(end.year, end.month));
  return correspondingDay > end.day ? months - 1 : months;
}

/** `date` is on or before `asOf` and fewer than `months` whole months before it. */
export function isWithinMonths(date: CivilDate, asOf: CivilDate, months: number): boolean {
  return date <= asOf && wholeMonthsBetween(date, asOf) < months;
}

/** Full years of age on `asOf`: a birthday counts on the day, 29 February on 28 February in common years. */
export function ageOn(birthDate: CivilDate, asOf: CivilDate): number {
  return Math.floor(wholeMonthsBetween(birthDate, asOf) / 12);
}
