import {
  duesMonthReport,
  duesStatementReport,
  PersistentMap,
  ruleTables,
  type DuesLine,
  type DuesMonth,
  type DuesPayment,
  type Member,
} from '@dangjian/core';
import { describe, expect, it } from 'vitest';

// A branch's month read row by row, its totals and findings, and a member's year: every figure
// below is added up by hand from the lines and payments written here.
const table = <T extends { readonly id: string }>(rows: readonly T[]) =>
  PersistentMap.from(rows.map((row) => [row.id, row] as const));

const line = (memberId: string, dueFen: number, extra: Partial<DuesLine> = {}): DuesLine => ({
  memberId,
  category: 'employed',
  standardFen: dueFen,
  dueFen,
  article: '第二条',
  ...extra,
});
const pay = (id: string, monthId: string, memberId: string, more: Partial<DuesPayment>): DuesPayment => ({
  id,
  monthId,
  memberId,
  amountFen: 4500,
  extraFen: 0,
  paidOn: '2026-03-10',
  collectedByOrgId: 'b1',
  creditPeriod: '2026-03',
  payer: { kind: 'self' },
  method: { kind: 'cash' },
  ...more,
});
const member = (id: string, name: string): Member => ({
  id,
  name,
  gender: 'female',
  birthDate: '1975-02-03',
  stage: 'full',
  relationOrgId: 'b1',
  managingOrgId: 'b1',
});
const deferral = { reason: '住院治疗', agreedOn: '2026-03-05' };
const march = (state: DuesMonth['state'], lines: DuesLine[]): DuesMonth => ({
  id: 'mar',
  orgId: 'b1',
  period: '2026-03',
  openedOn: '2026-03-01',
  state,
  lines,
});
// w pays 45 元 and 1000 元 extra; l (no longer on record) pays March back in October, seven months
// on; d has a deferral; u owes; e is exempt.
const lines = [
  line('w', 4500),
  line('l', 1500),
  line('d', 3000, { deferral }),
  line('u', 2000),
  line('e', 0, { reliefId: 'r1' }),
];
const paidW = pay('pw', 'mar', 'w', { extraFen: 100000 });
const paidL = pay('pl', 'mar', 'l', { amountFen: 1500, paidOn: '2026-10-08', creditPeriod: '2026-10' });
const snapshotOf = (month: DuesMonth) => ({
  duesMonths: table([month]),
  duesPayments: table([paidW, paidL]),
  members: table([member('w', '王在岗'), member('d', '周缓交'), member('u', '吴未交'), member('e', '郑免交')]),
});
const source = ruleTables.dues.sources.find((entry) => entry.id === 'dues2008')!.name;
const rule = (id: string, article: string) => ({ id, version: ruleTables.dues.asOf, article, source, confirmed: true });

describe('duesMonthReport, row by row', () => {
  it('lists each line with what was paid, and the payment only where there is one', () => {
    const { rows } = duesMonthReport(snapshotOf(march('collecting', lines)), 'mar')!.data;
    expect(rows).toStrictEqual([
      { memberId: 'w', dueFen: 4500, paidFen: 4500, state: 'paid', payment: paidW },
      { memberId: 'l', dueFen: 1500, paidFen: 1500, state: 'paid', payment: paidL },
      { memberId: 'd', dueFen: 3000, paidFen: 0, state: 'deferred' },
      { memberId: 'u', dueFen: 2000, paidFen: 0, state: 'unpaid' },
      { memberId: 'e', dueFen: 0, paidFen: 0, state: 'exempt' },
    ]);
  });

  it('adds up the month: due, paid, extra, deferred and unpaid', () => {
    expect(duesMonthReport(snapshotOf(march('collecting', lines)), 'mar')!.data.totals).toStrictEqual({
      members: 5,
      dueFen: 4500 + 1500 + 3000 + 2000,
      paidFen: 4500 + 1500,
      extraFen: 100000,
      deferredFen: 3000,
      unpaidFen: 2000,
      counts: { paid: 2, deferred: 1, unpaid: 1, exempt: 1 },
    });
    // Asked before October, l's back-payment does not count yet.
    const early = duesMonthReport(snapshotOf(march('collecting', lines)), 'mar', '2026-09-30')!.data;
    expect([early.totals.paidFen, early.totals.unpaidFen, early.rows[1]]).toStrictEqual([
      4500,
      3500,
      { memberId: 'l', dueFen: 1500, paidFen: 0, state: 'unpaid' },
    ]);
  });

  it('notes a back-payment beyond six months and a voluntary 1000 元 for the Centre, in full', () => {
    const { findings } = duesMonthReport(snapshotOf(march('collecting', lines)), 'mar')!;
    expect(findings).toStrictEqual([
      {
        code: 'dues.voluntaryToCentre',
        severity: 'info',
        rule: rule('dues.voluntaryCentral', '第十一条'),
        subject: { collection: 'duesPayments', id: 'pw' },
        text: {
          'zh-CN': '“王在岗”一次自愿多交党费 100000 分，达到 100000 分，应全部上缴中央',
          en: '"王在岗" paid 100000 fen of voluntary extra dues at once, at least 100000 fen: it all goes to the Centre',
        },
        facts: { extraFen: 100000, thresholdFen: 100000 },
      },
      {
        // l is no longer on record: the finding names the member id.
        code: 'dues.backPaymentLong',
        severity: 'info',
        rule: rule('dues.backPayment', '第十二条'),
        subject: { collection: 'duesPayments', id: 'pl' },
        text: {
          'zh-CN': '“l”补交 2026-03 的党费，已超过一般补交期限 6 个月',
          en: '"l" paid the dues of 2026-03 back beyond the usual 6 months',
        },
        facts: { period: '2026-03', creditPeriod: '2026-10', monthsLate: 7, limit: 6 },
      },
    ]);
  });

  it('lets the branch report only while collecting with nobody unpaid', () => {
    const settledLines = lines.filter((entry) => entry.memberId !== 'u');
    expect(duesMonthReport(snapshotOf(march('collecting', settledLines)), 'mar')!.data.canReport).toBe(true);
    expect(duesMonthReport(snapshotOf(march('collecting', lines)), 'mar')!.data.canReport).toBe(false);
    expect(duesMonthReport(snapshotOf(march('reported', settledLines)), 'mar')!.data.canReport).toBe(false);
    expect(duesMonthReport(snapshotOf(march('settled', settledLines)), 'mar')!.data.canReport).toBe(false);
  });

  it('answers nothing for a month not on record', () => {
    expect(duesMonthReport(snapshotOf(march('collecting', lines)), 'apr')).toBeUndefined();
  });
});

describe("duesStatementReport: a member's year", () => {
  it('shows when and where a month was paid, and owes the unpaid and deferred months', () => {
    const months: DuesMonth[] = [
      { ...march('collecting', [line('m', 4500)]), id: 'jan', period: '2026-01' },
      { ...march('collecting', [line('m', 4500, { deferral })]), id: 'feb', period: '2026-02' },
      { ...march('collecting', [line('m', 4500)]), id: 'mar' },
      { ...march('collecting', [line('m', 4500)]), id: 'dec25', period: '2025-12' },
    ];
    const paid = pay('p1', 'jan', 'm', { paidOn: '2026-01-20', collectedByOrgId: 'c1', creditPeriod: '2026-01' });
    const snapshot = { duesMonths: table(months), duesPayments: table([paid]) };
    expect(duesStatementReport(snapshot, 'm', 2026)).toStrictEqual({
      findings: [],
      data: {
        memberId: 'm',
        year: 2026,
        months: [
          {
            period: '2026-01',
            monthId: 'jan',
            orgId: 'b1',
            dueFen: 4500,
            paidFen: 4500,
            state: 'paid',
            paidOn: '2026-01-20',
            collectedByOrgId: 'c1',
          },
          { period: '2026-02', monthId: 'feb', orgId: 'b1', dueFen: 4500, paidFen: 0, state: 'deferred' },
          { period: '2026-03', monthId: 'mar', orgId: 'b1', dueFen: 4500, paidFen: 0, state: 'unpaid' },
        ],
        dueFen: 13500,
        paidFen: 4500,
        owedFen: 9000,
      },
    });
  });
});
