import type { EngineReport } from '../engine-report.js';

/** How a computed share in fen is rounded: not regulated, so a local setting (rules README, item 3). */
export type FenRounding = 'floor' | 'round' | 'ceil';

export interface FundingPolicy {
  /** Yearly activity money per member, in fen (楼院: 30 yuan = 3000 fen). */
  readonly perMemberPerYearFen: number;
  /** Share of the dues collected that is returned to the branch, in basis points (10% = 1000). */
  readonly duesReturnedShareBp: number;
  readonly rounding: FenRounding;
}

export interface BranchFunding {
  readonly activityBudgetFen: number;
  readonly duesReturnedFen: number;
  readonly totalFen: number;
}

/** A computation with no rule to break: data, no findings. */
export type BranchFundingReport = EngineReport<BranchFunding>;

const roundings: Readonly<Record<FenRounding, (value: number) => number>> = {
  floor: Math.floor,
  round: Math.round,
  ceil: Math.ceil,
};

/**
 * A branch's yearly money: the per-member activity budget plus its share of the dues it
 * collected. Integer fen in, integer fen out; the share is computed from basis points and
 * rounded once, by the portal's rule.
 */
export function branchFundingReport(
  members: number,
  duesCollectedFen: number,
  policy: FundingPolicy,
): BranchFundingReport {
  if (!Number.isSafeInteger(members) || members < 0) throw new RangeError('members must be a non-negative integer');
  if (!Number.isSafeInteger(duesCollectedFen) || duesCollectedFen < 0) throw new RangeError('dues must be integer fen');
  if (!Number.isSafeInteger(policy.perMemberPerYearFen) || policy.perMemberPerYearFen < 0) {
    throw new RangeError('the per-member budget must be integer fen');
  }
  if (
    !Number.isSafeInteger(policy.duesReturnedShareBp) ||
    policy.duesReturnedShareBp < 0 ||
    policy.duesReturnedShareBp > 10_000
  ) {
    throw new RangeError('the dues share must be whole basis points between 0 and 10000');
  }
  const activityBudgetFen = members * policy.perMemberPerYearFen;
  const duesReturnedFen = roundings[policy.rounding]((duesCollectedFen * policy.duesReturnedShareBp) / 10_000);
  return { findings: [], data: { activityBudgetFen, duesReturnedFen, totalFen: activityBudgetFen + duesReturnedFen } };
}
