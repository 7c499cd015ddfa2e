import { branchFundingReport } from '@dangjian/core';
import { describe, expect, it } from 'vitest';

describe('branch funding report', () => {
  it('refuses fractional fen in a funding policy', () => {
    expect(() =>
      branchFundingReport(5, 100, { perMemberPerYearFen: 30.5, duesReturnedShareBp: 1000, rounding: 'floor' }),
    ).toThrow(RangeError);
    expect(() =>
      branchFundingReport(5, 100, { perMemberPerYearFen: 3000, duesReturnedShareBp: 12_000, rounding: 'floor' }),
    ).toThrow(RangeError);
  });
});

describe('branch funding, figure by figure', () => {
  const policy = { perMemberPerYearFen: 3000, duesReturnedShareBp: 1000, rounding: 'floor' } as const;

  it('adds the per-member budget and the returned share of the dues, rounded by the portal’s rule', () => {
    // 7 × 30 yuan = 210 yuan; 10 % of 123.44 yuan is 12.344 yuan: 1234 fen down or to nearest, 1235 up.
    expect(branchFundingReport(7, 12_344, policy)).toEqual({
      findings: [],
      data: { activityBudgetFen: 21_000, duesReturnedFen: 1234, totalFen: 22_234 },
    });
    expect(branchFundingReport(7, 12_344, { ...policy, rounding: 'round' }).data.duesReturnedFen).toBe(1234);
    expect(branchFundingReport(7, 12_344, { ...policy, rounding: 'ceil' }).data.duesReturnedFen).toBe(1235);
    expect(branchFundingReport(7, 12_346, { ...policy, rounding: 'round' }).data.duesReturnedFen).toBe(1235);
    expect(branchFundingReport(7, 12_346, { ...policy, rounding: 'floor' }).data.duesReturnedFen).toBe(1234);
  });

  it('accepts the edges: no members, no dues, no share, the whole of the dues', () => {
    expect(branchFundingReport(0, 0, { ...policy, duesReturnedShareBp: 0 }).data).toEqual({
      activityBudgetFen: 0,
      duesReturnedFen: 0,
      totalFen: 0,
    });
    expect(
      branchFundingReport(1, 5000, { ...policy, perMemberPerYearFen: 0, duesReturnedShareBp: 10_000 }).data,
    ).toEqual({ activityBudgetFen: 0, duesReturnedFen: 5000, totalFen: 5000 });
  });

  it('refuses each figure that is not whole and non-negative, saying which', () => {
    const refused = (members: number, dues: number, overrides: object = {}) => {
      try {
        branchFundingReport(members, dues, { ...policy, ...overrides });
      } catch (error) {
        return error instanceof RangeError ? error.message : 'not a RangeError';
      }
      return 'accepted';
    };
    expect(refused(-1, 0)).toBe('members must be a non-negative integer');
    expect(refused(1.5, 0)).toBe('members must be a non-negative integer');
    expect(refused(1, -1)).toBe('dues must be integer fen');
    expect(refused(1, 0.5)).toBe('dues must be integer fen');
    expect(refused(1, 0, { perMemberPerYearFen: -1 })).toBe('the per-member budget must be integer fen');
    expect(refused(1, 0, { perMemberPerYearFen: 0.5 })).toBe('the per-member budget must be integer fen');
    const share = 'the dues share must be whole basis points between 0 and 10000';
    expect(refused(1, 0, { duesReturnedShareBp: -1 })).toBe(share);
    expect(refused(1, 0, { duesReturnedShareBp: 10_001 })).toBe(share);
    expect(refused(1, 0, { duesReturnedShareBp: 0.5 })).toBe(share);
  });
});
