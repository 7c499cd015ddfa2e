/** The calendar date `months` months before `date` (YYYY-MM-DD), clamped to the month's last day. */
export function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) - months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(day, lastDay))}`;
}

/**
 * Whether a contact card is overdue: never filled in, or last brought up to date more than
 * `months` months before `asOf` (calendar months: updated on 2026-05-23 is due on 2026-11-23).
 */
export function isOverdue(updatedOn: string | undefined, asOf: string, months: number): boolean {
  return updatedOn === undefined || updatedOn < monthsBefore(asOf, months);
}
