import { officialDuesSchedule } from '@dangjian/core';
import { describe, expect, it } from 'vitest';

// The schedule's yes/no figures, written out by hand from the 2008 regulation: a portal reading
// the schedule must get the table's answer, not only its citation.
describe('dues schedule: its yes/no figures', () => {
  it('says probationary members pay from acceptance (第八条) and quarterly payment is allowed', () => {
    const schedule = officialDuesSchedule;
    expect(schedule.probationaryPayFromAcceptance).toMatchObject({
      value: true,
      rule: { id: 'dues.probationary', article: '第八条', confirmed: true },
    });
    expect(schedule.quarterlyAllowed.value).toBe(true);
  });
});
