import {
  duesLineOf,
  memberLines,
  owedLines,
  paymentOf,
  reliefFor,
  standardFor,
  type DuesLine,
  type DuesMonth,
  type DuesPayment,
  type DuesRelief,
  type DuesStandard,
  type PersistentMap,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// The ledger's lookups: the standard and the relief in force for a month, a line's payment, a
// member's lines in order. Tables are plain Maps here (the engines read `values()` and `get()`),
// so each test decides the order the engine meets the rows in: the answers must not depend on it.
const table = <T extends { readonly id: string }>(rows: readonly T[]) =>
  new Map(rows.map((row) => [row.id, row])) as unknown as PersistentMap<T>;

const period = (month: number) => `2026-${String(month).padStart(2, '0')}`;
const day = (n: number) => `2025-12-${String(n).padStart(2, '0')}`;

describe('standardFor: the latest standard from a month at or before it, the later set on a tie (第十条)', () => {
  it('agrees with a choice made by hand, in any order of the table', () => {
    const standard = fc.record({ from: fc.integer({ min: 1, max: 12 }), setOn: fc.integer({ min: 1, max: 28 }) });
    const standards = fc.uniqueArray(standard, { selector: (s) => `${s.from}/${s.setOn}`, maxLength: 8 });
    fc.assert(
      fc.property(standards, fc.integer({ min: 1, max: 12 }), fc.boolean(), (rows, month, withOther) => {
        const mine: DuesStandard[] = rows.map((row, index) => ({
          id: `s${index}`,
          memberId: 'm',
          category: 'student',
          from: period(row.from),
          setOn: day(row.setOn),
        }));
        // Another member's standard from January, never chosen for m.
        const other: DuesStandard = { ...mine[0]!, id: 'other', memberId: 'n', from: '2026-01', setOn: day(28) };
        const snapshot = { duesStandards: table(withOther && mine.length > 0 ? [other, ...mine] : mine) };
        // By hand: those from the month or earlier, the greatest (from, setOn).
        const inForce = rows
          .map((row, index) => ({ ...row, id: `s${index}` }))
          .filter((row) => row.from <= month)
          .sort((a, b) => a.from - b.from || a.setOn - b.setOn)
          .at(-1);
        expect(standardFor(snapshot, 'm', period(month))?.id).toBe(inForce?.id);
      }),
      { numRuns: 500 },
    );
  });
});

describe('reliefFor: the approved relief covering a month, the latest to start (第七条)', () => {
  it('agrees with a choice made by hand, in any order of the table', () => {
    const relief = fc.record({
      from: fc.integer({ min: 1, max: 12 }),
      length: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
      state: fc.constantFrom('approved' as const, 'proposed' as const, 'rejected' as const),
    });
    // Two reliefs starting in the same month are not told apart by the engine (either may hold).
    const reliefs = fc.uniqueArray(relief, { selector: (r) => r.from, maxLength: 8 });
    fc.assert(
      fc.property(reliefs, fc.integer({ min: 1, max: 12 }), (rows, month) => {
        const records: DuesRelief[] = rows.map((row, index) => ({
          id: `r${index}`,
          memberId: 'm',
          kind: 'exempt',
          from: period(row.from),
          ...(row.length !== undefined && { to: period(Math.min(12, row.from + row.length)) }),
          reason: '困难',
          branchDecidedOn: '2025-12-01',
          state: row.state,
        }));
        const covering = rows
          .map((row, index) => ({ ...row, id: `r${index}` }))
          .filter((row) => row.state === 'approved' && row.from <= month)
          .filter((row) => row.length === undefined || Math.min(12, row.from + row.length) >= month)
          .sort((a, b) => a.from - b.from)
          .at(-1);
        expect(reliefFor({ duesReliefs: table(records) }, 'm', period(month))?.id).toBe(covering?.id);
      }),
      { numRuns: 500 },
    );
  });
});

const line = (memberId: string, dueFen: number, extra: Partial<DuesLine> = {}): DuesLine => ({
  memberId,
  category: 'employed',
  standardFen: dueFen,
  dueFen,
  article: '第二条',
  ...extra,
});
const month = (id: string, monthPeriod: string, lines: DuesLine[]): DuesMonth => ({
  id,
  orgId: 'b1',
  period: monthPeriod,
  openedOn: `${monthPeriod}-01`,
  state: 'collecting',
  lines,
});
const payment = (id: string, monthId: string, memberId: string, paidOn: string): DuesPayment => ({
  id,
  monthId,
  memberId,
  amountFen: 4500,
  extraFen: 0,
  paidOn,
  collectedByOrgId: 'b1',
  creditPeriod: paidOn.slice(0, 7),
  payer: { kind: 'self' },
  method: { kind: 'cash' },
});

describe("a member's lines and payments", () => {
  it('counts a payment made on the day asked about, not one made after it', () => {
    const snapshot = { duesPayments: table([payment('p1', 'jan', 'm', '2026-01-15')]) };
    expect(paymentOf(snapshot, 'jan', 'm', '2026-01-15')?.id).toBe('p1');
    expect(paymentOf(snapshot, 'jan', 'm', '2026-01-14')).toBeUndefined();
    expect(paymentOf(snapshot, 'jan', 'm')?.id).toBe('p1');
    expect(paymentOf(snapshot, 'jan', 'other')).toBeUndefined();
  });

  it('finds a payment made by the day asked about among several recorded for one line (as an import may hold)', () => {
    const snapshot = {
      duesPayments: table([payment('p1', 'jan', 'm', '2026-01-15'), payment('p2', 'jan', 'm', '2026-01-20')]),
    };
    expect(paymentOf(snapshot, 'jan', 'm', '2026-01-16')?.id).toBe('p1');
    expect(paymentOf(snapshot, 'jan', 'm', '2026-01-14')).toBeUndefined();
  });

  it('lists the lines oldest first whatever order the months are met in, with what is still owed', () => {
    const deferral = { reason: '住院', agreedOn: '2026-02-03' };
    const months = [
      month('apr', '2026-04', [line('m', 0)]),
      month('mar', '2026-03', [line('m', 4500, { deferral })]),
      month('feb', '2026-02', [line('m', 4500)]),
      month('jan', '2026-01', [line('m', 4500), line('n', 1500)]),
    ];
    const snapshot = { duesMonths: table(months), duesPayments: table([payment('p1', 'jan', 'm', '2026-01-15')]) };
    expect(memberLines(snapshot, 'm').map((entry) => [entry.month.period, entry.state])).toEqual([
      ['2026-01', 'paid'],
      ['2026-02', 'unpaid'],
      ['2026-03', 'deferred'],
      ['2026-04', 'exempt'],
    ]);
    expect(owedLines(snapshot, 'm').map((entry) => entry.month.id)).toEqual(['feb', 'mar']);
    // Asked before the payment was made, January is still owed.
    expect(memberLines(snapshot, 'm', '2026-01-14')[0]!.state).toBe('unpaid');
  });
});

describe('memberLines over the years: oldest first from any order', () => {
  it('sorts ten years of months met in a random order (enough for the sort to merge runs)', () => {
    const periods = Array.from(
      { length: 120 },
      (_, index) => `${2016 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`,
    );
    fc.assert(
      fc.property(fc.shuffledSubarray(periods, { minLength: 80 }), (shuffled) => {
        const months = shuffled.map((monthPeriod) => month(`m${monthPeriod}`, monthPeriod, [line('m', 100)]));
        const snapshot = { duesMonths: table(months), duesPayments: table<DuesPayment>([]) };
        // By hand: the same periods in calendar order (ISO months sort as strings).
        const expected = [...shuffled].sort();
        expect(memberLines(snapshot, 'm').map((entry) => entry.month.period)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
    // Two sorted runs, the newer five years first: the sort merges them by galloping.
    const halves = [...periods.slice(60), ...periods.slice(0, 60)];
    const months = halves.map((monthPeriod) => month(`m${monthPeriod}`, monthPeriod, [line('m', 100)]));
    const snapshot = { duesMonths: table(months), duesPayments: table<DuesPayment>([]) };
    expect(memberLines(snapshot, 'm').map((entry) => entry.month.period)).toEqual(periods);
  });
});

describe('duesLineOf: what a month asks of one member', () => {
  const employed: DuesStandard = {
    id: 's1',
    memberId: 'm',
    category: 'employed',
    baseFen: 450000,
    from: '2026-01',
    setOn: '2026-01-01',
  };
  const relief = (kind: 'reduce' | 'exempt', amountFen?: number): DuesRelief => ({
    id: 'r1',
    memberId: 'm',
    kind,
    ...(amountFen !== undefined && { amountFen }),
    from: '2026-01',
    reason: '困难',
    branchDecidedOn: '2026-01-02',
    state: 'approved',
  });

  it('carries the band and rate of a rate category, and none of them for a fixed amount', () => {
    // 4500 元 × 1% = 45 元 (第二条, band 2).
    expect(duesLineOf('m', employed, undefined)).toStrictEqual({
      memberId: 'm',
      category: 'employed',
      baseFen: 450000,
      standardFen: 4500,
      dueFen: 4500,
      ruleId: 'dues.rate.inService.2',
      rateBp: 100,
      article: '第二条',
    });
    const student: DuesStandard = {
      id: 's2',
      memberId: 'm',
      category: 'student',
      from: '2026-01',
      setOn: '2026-01-01',
    };
    expect(duesLineOf('m', student, undefined)).toStrictEqual({
      memberId: 'm',
      category: 'student',
      standardFen: 20,
      dueFen: 20,
      article: '第六条',
    });
  });

  it('asks nothing under an exemption, even one recorded with an amount, and the lower amount under a reduction', () => {
    const exempt = duesLineOf('m', employed, relief('exempt', 1000));
    expect([exempt.dueFen, exempt.standardFen, exempt.article, exempt.reliefId]).toEqual([
      0,
      4500,
      '第二条、第七条',
      'r1',
    ]);
    expect(duesLineOf('m', employed, relief('exempt')).dueFen).toBe(0);
    expect(duesLineOf('m', employed, relief('reduce', 1000)).dueFen).toBe(1000);
    // A reduction above the standard asks the standard.
    expect(duesLineOf('m', employed, relief('reduce', 9000)).dueFen).toBe(4500);
  });
});
