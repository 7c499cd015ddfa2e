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
