import { ValidationError } from '../kernel/errors.js';
import { err, ok, type Result } from '../kernel/result.js';
import { civilDate, daysInMonth, isCivilDate, type CivilDate } from './civil-date.js';
import { phrase } from '../i18n/define-messages.js';
import { calendarMessages } from './messages.js';

declare const instantBrand: unique symbol;

/** A moment in time, ISO-8601 with a UTC offset (`2026-11-23T16:30:00Z`, `…T00:30:00+08:00`). */
export type Instant = string & { readonly [instantBrand]: 'Instant' };

const shape = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|([+-])(\d{2}):?(\d{2}))$/i;

const minuteMs = 60_000;

/**
 * China has kept UTC+8 all year since its last daylight-saving summer (1986–1991), so the
 * Asia/Shanghai civil date is plain arithmetic on the instant: no time-zone database, and no
 * dependence on the host's zone. Instants before 1992 are refused rather than read an hour off.
 */
const shanghaiOffsetMs = 8 * 60 * minuteMs;
const firstFixedOffsetMs = Date.UTC(1992, 0, 1) - shanghaiOffsetMs;

/** Milliseconds since the epoch, or undefined when the text is not a real ISO-8601 instant with an offset. */
function epochMsOf(value: string): number | undefined {
  const match = shape.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const [offsetHours, offsetMinutes] = [Number(match[9] ?? 0), Number(match[10] ?? 0)];
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  const offset = (match[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * minuteMs;
  // Date.UTC reads its arguments as UTC whatever the host's zone is.
  return Date.UTC(year, month - 1, day, hour, minute, second) - offset;
}

export function isInstant(value: unknown): value is Instant {
  return typeof value === 'string' && epochMsOf(value) !== undefined;
}

/** Reads an instant; anything else (or one before 1992) is a typed ValidationError naming `field`. */
export function parseInstant(value: unknown, field = 'asOf'): Result<Instant, ValidationError> {
  const ms = typeof value === 'string' ? epochMsOf(value) : undefined;
  if (ms === undefined)
    return err(new ValidationError({ ...phrase(calendarMessages.invalidInstant, { field }), field }));
  if (ms < firstFixedOffsetMs)
    return err(new ValidationError({ ...phrase(calendarMessages.beforeFixedOffset, { field }), field }));
  return ok(value as Instant);
}

/** The Asia/Shanghai civil date of an instant (UTC+8): 2026-11-23T16:30Z is already the 24th. */
export function shanghaiDateOf(instant: Instant): CivilDate {
  const ms = epochMsOf(instant);
  if (ms === undefined) throw new RangeError('Not an instant');
  const local = new Date(ms + shanghaiOffsetMs);
  return civilDate(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

/**
 * The date an engine judges on, from what a caller passes at the edge: an instant is read in
 * Asia/Shanghai, a civil date is taken as it is. Anything else is a typed ValidationError.
 */
export function parseAsOf(value: unknown, field = 'asOf'): Result<CivilDate, ValidationError> {
  if (isCivilDate(value)) return ok(value);
  const instant = parseInstant(value, field);
  return instant.ok ? ok(shanghaiDateOf(instant.value)) : instant;
}

/** `parseAsOf`, throwing its ValidationError: for engines, whose inputs are the caller's to get right. */
export function shanghaiDate(value: string, field = 'asOf'): CivilDate {
  const parsed = parseAsOf(value, field);
  if (!parsed.ok) throw parsed.error;
  return parsed.value;
}

/**
 * A period's edge as milliseconds since the epoch: an instant as it is, a civil date as the start
 * of that day in Asia/Shanghai. Half-open periods then compare instants, so a `to` given as an
 * instant is not cut to its day. Anything else is a typed ValidationError naming `field`.
 */
export function periodEdgeMs(value: string, field: string): number {
  if (isCivilDate(value)) {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    return Date.UTC(year, month - 1, day) - shanghaiOffsetMs;
  }
  const instant = parseInstant(value, field);
  if (!instant.ok) throw instant.error;
  return epochMsOf(instant.value)!;
}

/** Milliseconds since the epoch of a stored instant (one the kit wrote itself, so always readable). */
export function instantMs(instant: string): number {
  const ms = epochMsOf(instant);
  if (ms === undefined) throw new RangeError('Not an instant');
  return ms;
}
