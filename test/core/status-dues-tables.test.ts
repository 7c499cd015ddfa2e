import { PersistentMap, statusReport, type DuesMonth, type DuesPayment, type Member } from '@dangjian/core';
import { describe, expect, it } from 'vitest';

// The status report judges dues from the dues months when a snapshot carries both dues tables, and
// from `lastDuesPaidOn` otherwise. Snapshots here carry only the tables named, as a portal without
// the dues module passes them.

const member = (id: string, extra: Partial<Member> = {}): Member => ({
  id,
  name: `党员${id}`,
  gender: 'male',
  birthDate: '1970-01-01',
  stage: 'full',
  relationOrgId: 'b1',
  managingOrgId: 'b1',
  ...extra,
});
const asOf = '2026-11-23';
// Dues last paid a year before, org life a year before too: both dates lapse (12 whole months).
const lapsed = member('m1', { lastDuesPaidOn: '2025-11-23', lastOrgLifeOn: '2025-11-23' });
const table = <T extends { readonly id: string }>(...rows: T[]) =>
  PersistentMap.from(rows.map((row) => [row.id, row] as const));
const membersMap = (...list: Member[]) => table(...list);
/** One collecting month of 2026-10 in which m1 owes 4500 fen: on the dues cycle, one month unpaid. */
const october: DuesMonth = {
  id: 'month-10',
  orgId: 'b1',
  period: '2026-10',
  openedOn: '2026-10-01',
  state: 'collecting',
  lines: [{ memberId: 'm1', category: 'employed', standardFen: 4500, dueFen: 4500, article: '第二条' }],
};
const factsOf = (report: ReturnType<typeof statusReport>) => report.findings.map((found) => found.facts);

describe('status report with and without the dues tables', () => {
  it('judges dues by lastDuesPaidOn when the snapshot has no dues tables', () => {
    expect(factsOf(statusReport({ members: membersMap(lapsed) }, asOf))).toEqual([
      { lastOrgLifeOn: '2025-11-23', months: 12, limit: 6 },
      { lastDuesPaidOn: '2025-11-23', months: 12, limit: 6 },
    ]);
  });

  it('needs both dues tables: with the months alone the date still decides', () => {
    const monthsOnly = { members: membersMap(lapsed), duesMonths: table(october) };
    expect(factsOf(statusReport(monthsOnly, asOf))).toEqual([
      { lastOrgLifeOn: '2025-11-23', months: 12, limit: 6 },
      { lastDuesPaidOn: '2025-11-23', months: 12, limit: 6 },
    ]);
    const paymentsOnly = { members: membersMap(lapsed), duesPayments: table<DuesPayment>() };
    expect(factsOf(statusReport(paymentsOnly, asOf))).toHaveLength(2);
  });

  it('ignores an old lastDuesPaidOn for a member on the dues cycle, and still reads the other dates', () => {
    const snapshot = {
      members: membersMap(lapsed, member('m2', { lastDuesPaidOn: '2025-11-23' })),
      duesMonths: table(october),
      duesPayments: table<DuesPayment>(),
    };
    // m1 has a dues line: one month unpaid is no lapse, and its old date is not read. m2 has none:
    // its date is read.
    expect(statusReport(snapshot, asOf).findings.map((found) => [found.subject.id, found.facts])).toEqual([
      ['m1', { lastOrgLifeOn: '2025-11-23', months: 12, limit: 6 }],
      ['m2', { lastDuesPaidOn: '2025-11-23', months: 12, limit: 6 }],
    ]);
  });
});
