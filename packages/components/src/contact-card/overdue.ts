import { isCivilDate, shanghaiDate, wholeMonthsBetween } from '@dangjian/core';

/**
 * Whether a contact card is overdue on `asOf` (an instant, or an Asia/Shanghai date): never
 * filled in, or `months` whole months or more since it was last brought up to date — counted by
 * core's calendar, like the classification rule for members out of contact (updated on
 * 2026-05-23, six months are up on 2026-11-23; updated on 2026-08-31, on 2027-02-28).
 */
export function isOverdue(updatedOn: string | undefined, asOf: string, months: number): boolean {
  if (!isCivilDate(updatedOn)) return true;
  return wholeMonthsBetween(updatedOn, shanghaiDate(asOf)) >= months;
}
