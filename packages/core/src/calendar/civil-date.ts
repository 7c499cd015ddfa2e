import { ValidationError } from '../kernel/errors.js';
import { err, ok, type Result } from '../kernel/result.js';
import { phrase } from '../i18n/define-messages.js';
import { calendarMessages } from './messages.js';

declare const civilDateBrand: unique symbol;

/**
 * A day on the Chinese civil calendar, `YYYY-MM-DD`: a birth date, the day a record was kept, the
 * date an engine judges on. It has no time and no zone; an `Instant` becomes one only through
 * `shanghaiDateOf`. The brand keeps the two apart in the types.
 */
export type CivilDate = string & { readonly [civilDateBrand]: 'CivilDate' };

/** A civil date's parts: month 1–12, day 1–31. */
export interface CivilDateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const shape = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function partsOf(value: string): CivilDateParts | undefined {
  const match = shape.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True for a real calendar day written `YYYY-MM-DD` (2026-02-29 is not one). */
export function isCivilDate(value: unknown): value is CivilDate {
  return typeof value === 'string' && partsOf(value) !== undefined;
}

/** Reads a civil date; anything else is a ValidationError naming `field` (the value is not echoed). */
export function parseCivilDate(value: unknown, field = 'date'): Result<CivilDate, ValidationError> {
  if (isCivilDate(value)) return ok(value);
  return err(new ValidationError({ ...phrase(calendarMessages.invalidDate, { field }), field }));
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** The civil date of these parts; a RangeError for parts that name no day (a programming error). */
export function civilDate(year: number, month: number, day: number): CivilDate {
  const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (!isCivilDate(text)) throw new RangeError(`No such day: ${text}`);
  return text;
}

/** The parts of a civil date. */
export function civilDateParts(date: CivilDate): CivilDateParts {
  const parts = partsOf(date);
  if (!parts) throw new RangeError('Not a civil date');
  return parts;
}

/** The day before a civil date. */
export function previousDay(date: CivilDate): CivilDate {
  const { year, month, day } = civilDateParts(date);
  if (day > 1) return civilDate(year, month, day - 1);
  if (month > 1) return civilDate(year, month - 1, daysInMonth(year, month - 1));
  return civilDate(year - 1, 12, 31);
}

/** The day after a civil date. */
export function nextDay(date: CivilDate): CivilDate {
  const { year, month, day } = civilDateParts(date);
  if (day < daysInMonth(year, month)) return civilDate(year, month, day + 1);
  if (month < 12) return civilDate(year, month + 1, 1);
  return civilDate(year + 1, 1, 1);
}
