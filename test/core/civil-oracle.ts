/**
 * Independent oracles for the calendar properties: written from the definitions on plain
 * numbers and `Date.UTC`, sharing no code with `packages/core/src/calendar`.
 */
const partsOf = (date: string): [number, number, number] => date.split('-').map(Number) as [number, number, number];

/** Days in a month, read from Date.UTC's rollover (day 0 of the next month). */
const monthLength = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

const iso = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Full years of age: a year is deducted until this year's birthday (29 Feb → 28 Feb in common years). */
export function ageByParts(birthDate: string, on: string): number {
  const [by, bm, bd] = partsOf(birthDate);
  const [y, m, d] = partsOf(on);
  const birthdayDay = Math.min(bd, monthLength(y, bm));
  const hadBirthday = m > bm || (m === bm && d >= birthdayDay);
  return y - by - (hadBirthday ? 0 : 1);
}

/** `n` months after a date, clamped to the target month's last day (民法典 第二百零三条). */
export function monthsAfterByParts(date: string, n: number): string {
  const [y, m, d] = partsOf(date);
  const first = new Date(Date.UTC(y, m - 1 + n, 1));
  const [ty, tm] = [first.getUTCFullYear(), first.getUTCMonth() + 1];
  return iso(ty, tm, Math.min(d, monthLength(ty, tm)));
}

/** Whole months from `from` to `to` by search: the largest n with `from` + n months on or before `to`. */
export function wholeMonthsBySearch(from: string, to: string): number {
  let n = 0;
  while (monthsAfterByParts(from, n + 1) <= to) n++;
  return n;
}

/** The Shanghai date of an epoch millisecond, by shifting 8 hours and reading UTC. */
export function shanghaiDateByShift(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}
