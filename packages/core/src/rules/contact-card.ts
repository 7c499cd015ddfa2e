import { isCivilDate } from '../calendar/civil-date.js';
import { shanghaiDate } from '../calendar/instant.js';
import { wholeMonthsBetween } from '../calendar/months.js';
import { ruleTables } from './rule-tables.js';

/**
 * When a 联系卡 (六个清) is overdue: not brought up to date for as many whole months as a member
 * may be out of contact before counting as 失联 (党员教育管理工作条例 第二十四条, in the
 * membership-status table). A card older than that can no longer vouch for the member's
 * whereabouts. A portal may set its own figure (the contact card's `overdue-months`).
 */
export const contactCardOverdue = {
  rule: 'membershipStatus.lostContact',
  months: ruleTables.membershipStatus.lostContact.definition.minMonths,
} as const;

/**
 * Whether a contact card is overdue on `asOf` (an instant, or an Asia/Shanghai date): never
 * filled in, or `months` whole months or more since `updatedOn`, counted by the kit's calendar
 * (updated on 2026-05-23, six months are up on 2026-11-23; updated on 2026-08-31, on 2027-02-28).
 */
export function isContactCardOverdue(
  updatedOn: string | undefined,
  asOf: string,
  months: number = contactCardOverdue.months,
): boolean {
  if (!isCivilDate(updatedOn)) return true;
  return wholeMonthsBetween(updatedOn, shanghaiDate(asOf)) >= months;
}
