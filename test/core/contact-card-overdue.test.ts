import { addMonths, contactCardOverdue, isContactCardOverdue, ruleTables, type CivilDate } from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const dayBefore = (date: CivilDate): string => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
};

describe('contact card overdue', () => {
  it('takes its six months from the membership-status table, with the rule it stands for', () => {
    expect(contactCardOverdue).toEqual({
      rule: 'membershipStatus.lostContact',
      months: ruleTables.membershipStatus.lostContact.definition.minMonths,
    });
    expect(contactCardOverdue.months).toBe(6);
  });

  it("counts months with core's calendar: due on the corresponding day, or the month end without one", () => {
    const overdue = (updatedOn: string | undefined, asOf: string): boolean => isContactCardOverdue(updatedOn, asOf);
    expect([overdue('2026-05-23', '2026-11-22'), overdue('2026-05-23', '2026-11-23')]).toEqual([false, true]);
    // 31 August has no 31 February: six months are up on the last day of February.
    expect([overdue('2026-08-31', '2027-02-27'), overdue('2026-08-31', '2027-02-28')]).toEqual([false, true]);
    // An instant is read in Asia/Shanghai: 16:30 UTC on the 22nd is already the 23rd there.
    expect(overdue('2026-05-23', '2026-11-22T16:30:00Z')).toBe(true);
    // Never filled in, or a date that is not one: overdue.
    expect([overdue(undefined, '2026-11-23'), overdue('2026-02-30', '2026-03-01')]).toEqual([true, true]);
    expect(isContactCardOverdue('2026-05-23', '2026-08-23', 3)).toBe(true);
  });

  it('is due exactly `months` calendar months after the update, not a day before', () => {
    const dates = fc
      .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10) as CivilDate);
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 36 }), (updatedOn, months) => {
        const due = addMonths(updatedOn, months);
        expect(isContactCardOverdue(updatedOn, due, months)).toBe(true);
        expect(isContactCardOverdue(updatedOn, dayBefore(due), months)).toBe(false);
      }),
    );
  });
});
