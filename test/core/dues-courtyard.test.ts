import { branchFundingReport, duesTotalsReport, execute, subtreeMemberCounts, type Snapshot } from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import scenario from '../fixtures/scenarios/courtyard-town.json';
import { courtyardTown } from '../fixtures/tenants/courtyard-town.js';

// courtyard-town.json: each courtyard branch gets 30 yuan a member a year and 10% of its dues
// back. Here the dues are the real cycle's — a year of months opened, paid and reported — not a
// figure typed in. Expected amounts are worked out by hand from the regulation's bands.

const ctx = { actor: { id: 'tester', roles: [] }, now: '2026-11-23T02:00:00.000Z' };

function run(snapshot: Snapshot, type: Parameters<typeof execute>[1] & string, input: unknown): Snapshot {
  const result = execute(snapshot, type as never, input, ctx);
  if (!result.ok) throw new Error(`${type}: ${result.error.text.en}`);
  return result.value.snapshot;
}

/** cy1: 4000 元 wages (1%, 40 元); cy2: 6000 元 pensions (1%, 60 元); cy3: students (0.2 元); cy4: half 3000 元 wages (0.5%, 15 元), half farmers at 1 元. */
function standardOf(courtyard: number, member: number): object {
  if (courtyard === 1) return { category: 'employed', baseFen: 400_000 };
  if (courtyard === 2) return { category: 'retired', baseFen: 600_000 };
  if (courtyard === 3) return { category: 'student' };
  return member % 2 ? { category: 'employed', baseFen: 300_000 } : { category: 'farmer', fixedFen: 100 };
}

const periods = Array.from({ length: 12 }, (_, index) => `2026-${String(index + 1).padStart(2, '0')}`);

function aYearOfDues(): Snapshot {
  let snapshot = courtyardTown();
  for (let c = 1; c <= scenario.courtyardBranches; c++) {
    for (let m = 1; m <= 30; m++) {
      const input = {
        id: `std-${c}-${m}`,
        memberId: `m${c}-${m}`,
        from: '2026-01',
        setOn: '2026-01-02',
        ...standardOf(c, m),
      };
      snapshot = run(snapshot, 'dues.setStandard', input);
    }
  }
  for (const period of periods) {
    for (let c = 1; c <= scenario.courtyardBranches; c++) {
      const monthId = `cy${c}-${period}`;
      snapshot = run(snapshot, 'dues.openMonth', { id: monthId, orgId: `cy${c}`, period, openedOn: `${period}-01` });
      for (const line of snapshot.duesMonths.get(monthId)!.lines) {
        // One farmer of cy4 defers December and pays it back in January 2027.
        if (monthId === 'cy4-2026-12' && line.memberId === 'm4-2') {
          snapshot = run(snapshot, 'dues.defer', {
            monthId,
            memberId: line.memberId,
            reason: '外出务工',
            agreedOn: '2026-12-05',
          });
          continue;
        }
        snapshot = run(snapshot, 'dues.pay', {
          id: `${monthId}-${line.memberId}`,
          monthId,
          memberId: line.memberId,
          amountFen: line.dueFen,
          paidOn: `${period}-10`,
          payer: { kind: 'self' },
          method: { kind: 'cash' },
        });
      }
      snapshot = run(snapshot, 'dues.report', { monthId, on: `${period}-28` });
      snapshot = run(snapshot, 'dues.settle', { monthId, on: `${period}-28`, byOrgId: 'community' });
    }
  }
  return run(snapshot, 'dues.pay', {
    id: 'back-m4-2',
    monthId: 'cy4-2026-12',
    memberId: 'm4-2',
    amountFen: 100,
    paidOn: '2027-01-10',
    payer: { kind: 'proxy', name: '家属', relation: 'relative' },
    method: { kind: 'online', reference: 'WX20270110' },
  });
}

describe('scenario: the share of dues returned to each courtyard branch (courtyard-town.json)', () => {
  it('returns 30 yuan a member and 10% of the dues the cycle collected, in integer fen', () => {
    const snapshot = aYearOfDues();
    const policy = {
      perMemberPerYearFen: scenario.funding.perMemberPerYearYuan * 100,
      duesReturnedShareBp: scenario.funding.duesReturnedShare * 10_000,
      rounding: 'floor' as const,
    };
    const counts = subtreeMemberCounts(snapshot);
    const collected = [1, 2, 3, 4].map(
      (c) => duesTotalsReport(snapshot, { orgId: `cy${c}`, from: '2026-01', to: '2026-12' }).data.ownFen,
    );
    // By hand: 30 × 40 元 × 12; 30 × 60 元 × 12; 30 × 0.2 元 × 12; 15 × (15 元 + 1 元) × 12 less the 1 元 paid in 2027.
    expect(collected).toEqual([1_440_000, 2_160_000, 7_200, 287_900]);
    const funding = [1, 2, 3, 4].map(
      (c, index) => branchFundingReport(counts.get(`cy${c}`)!.full, collected[index]!, policy).data,
    );
    expect(funding).toEqual([
      { activityBudgetFen: 90_000, duesReturnedFen: 144_000, totalFen: 234_000 },
      { activityBudgetFen: 90_000, duesReturnedFen: 216_000, totalFen: 306_000 },
      { activityBudgetFen: 90_000, duesReturnedFen: 720, totalFen: 90_720 },
      { activityBudgetFen: 90_000, duesReturnedFen: 28_790, totalFen: 118_790 },
    ]);
    // The back-payment counts in 2027, for the branch that collected it; the community sees the sum.
    expect(duesTotalsReport(snapshot, { orgId: 'cy4', from: '2027-01', to: '2027-12' }).data.ownFen).toBe(100);
    expect(duesTotalsReport(snapshot, { orgId: 'community', from: '2026-01', to: '2026-12' }).data.subtreeFen).toBe(
      1_440_000 + 2_160_000 + 7_200 + 287_900,
    );
    expect([...snapshot.duesMonths.values()].every((month) => month.state === 'settled')).toBe(true);
  }, 60_000);
});
