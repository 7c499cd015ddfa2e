import {
  civilDate,
  duesLapseFindings,
  ruleTables,
  type DuesLine,
  type DuesMonth,
  type Member,
  type PersistentMap,
} from '@dangjian/core';
import { describe, expect, it } from 'vitest';

// 连续六个月不交纳党费 (第十三条) read from the months: the run must be six ended months in a row in
// the calendar, across a year's end too; a gap (a month never opened) ends it. The periods are
// written out by hand.
const table = <T extends { readonly id: string }>(rows: readonly T[]) =>
  new Map(rows.map((row) => [row.id, row])) as unknown as PersistentMap<T>;

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
const unpaidLine = (memberId: string): DuesLine => ({
  memberId,
  category: 'employed',
  standardFen: 4500,
  dueFen: 4500,
  article: '第二条',
});
const monthOf = (period: string, memberIds: readonly string[]): DuesMonth => ({
  id: `month-${period}`,
  orgId: 'b1',
  period,
  openedOn: `${period}-01`,
  state: 'collecting',
  lines: memberIds.map(unpaidLine),
});
const snapshotOf = (periods: readonly string[], memberIds: readonly string[] = ['m1']) => ({
  duesMonths: table(periods.map((period) => monthOf(period, memberIds))),
  duesPayments: table([]),
});

const acrossNewYear = ['2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01'];
const source = ruleTables.dues.sources.find((entry) => entry.id === 'dues2008')!.name;

describe('six months unpaid, read from the months', () => {
  it('finds six months in a row across the new year, the oldest month included, named in full', () => {
    const findings = duesLapseFindings(snapshotOf(acrossNewYear), [member('m1')], civilDate(2026, 2, 10));
    expect(findings).toStrictEqual([
      {
        code: 'dues.unpaidMonths',
        severity: 'warning',
        rule: {
          id: 'dues.nonPayment',
          version: ruleTables.dues.asOf,
          article: '第十三条',
          source,
          confirmed: true,
        },
        subject: { collection: 'members', id: 'm1' },
        text: {
          'zh-CN':
            '“党员m1”已连续 6 个月未交纳党费（2025-08、2025-09、2025-10、2025-11、2025-12、2026-01），请支部核实有无正当理由',
          en: '"党员m1" has not paid dues for 6 consecutive months (2025-08、2025-09、2025-10、2025-11、2025-12、2026-01); the branch should check for a valid reason',
        },
        facts: { unpaidPeriods: acrossNewYear, months: 6, limit: 6 },
      },
    ]);
  });

  it('does not count the month still running, nor a run broken by a month never opened', () => {
    // Asked in January, January has not ended: five months.
    expect(duesLapseFindings(snapshotOf(acrossNewYear), [member('m1')], civilDate(2026, 1, 31))).toEqual([]);
    // No October month: August–September and November–February are two runs, neither six long.
    const gap = ['2025-08', '2025-09', '2025-11', '2025-12', '2026-01', '2026-02'];
    expect(duesLapseFindings(snapshotOf(gap), [member('m1')], civilDate(2026, 3, 10))).toEqual([]);
    // Seven months in a row: the run is all seven.
    const longer = ['2025-07', ...acrossNewYear];
    expect(duesLapseFindings(snapshotOf(longer), [member('m1')], civilDate(2026, 2, 1))[0]!.facts['months']).toBe(7);
  });

  it('warns about active members only', () => {
    const members = [
      member('m1'),
      member('m2', { status: 'deceased' }),
      member('m3', { status: 'transferredOut' }),
      member('m4', { status: 'suspended' }),
    ];
    const findings = duesLapseFindings(
      snapshotOf(acrossNewYear, ['m1', 'm2', 'm3', 'm4']),
      members,
      civilDate(2026, 2, 10),
    );
    expect(findings.map((found) => found.subject.id)).toEqual(['m1']);
  });
});
