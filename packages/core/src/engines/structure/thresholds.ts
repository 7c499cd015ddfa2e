import type { AppliedRule } from '../../kernel/finding.js';
import { appliedRule } from '../../kernel/rule.js';
import { ruleTables } from '../../rules/rule-tables.js';
import { structureRules } from './rules.js';

/** One figure of the structure rules, with the rule it comes from. */
export interface Threshold {
  readonly value: number;
  readonly rule: AppliedRule;
}

/**
 * The figures the structure check applies. Defaults come from org-thresholds.json; a portal may
 * override any of them (the community use of the 50/100 figures is unconfirmed, for one).
 */
export interface StructureThresholds {
  /** A branch needs at least this many full members (3). */
  readonly branchMinFullMembers: Threshold;
  /** A branch generally has no more members than this (50). */
  readonly branchMaxMembers: Threshold;
  /** A general branch is for more than this many members (50) … */
  readonly generalBranchMinMembers: Threshold;
  /** … and up to this many (100). */
  readonly generalBranchMaxMembers: Threshold;
  /** A basic-level committee is for at least this many members (100), unless a higher committee set it up. */
  readonly committeeMinMembers: Threshold;
  /** From this many full members a branch elects a committee (7) … */
  readonly branchCommitteeFromFullMembers: Threshold;
  /** … of at least 3 … */
  readonly branchCommitteeMinSize: Threshold;
  /** … and at most 7. */
  readonly branchCommitteeMaxSize: Threshold;
}

const { branch, generalBranch, committee } = ruleTables.orgThresholds.units;
const leadership = ruleTables.orgThresholds.branchLeadership;

export const defaultStructureThresholds: StructureThresholds = {
  branchMinFullMembers: {
    value: branch.mustEstablishWhenFullMembersAtLeast,
    rule: appliedRule(structureRules.branchMinFullMembers),
  },
  branchMaxMembers: { value: branch.generalMaxMembers.value, rule: appliedRule(structureRules.branchMaxMembers) },
  generalBranchMinMembers: {
    value: generalBranch.fullMembersRange.minInclusive,
    rule: appliedRule(structureRules.generalBranchRange),
  },
  generalBranchMaxMembers: {
    value: generalBranch.fullMembersRange.maxInclusive,
    rule: appliedRule(structureRules.generalBranchRange),
  },
  committeeMinMembers: { value: committee.membersAtLeast, rule: appliedRule(structureRules.committeeMinMembers) },
  branchCommitteeFromFullMembers: {
    value: leadership.committeeRequiredWhenFullMembersAtLeast,
    rule: appliedRule(structureRules.branchCommitteeRequired),
  },
  branchCommitteeMinSize: {
    value: leadership.committeeSize.min,
    rule: appliedRule(structureRules.branchCommitteeSize),
  },
  branchCommitteeMaxSize: {
    value: leadership.committeeSize.generalMax,
    rule: appliedRule(structureRules.branchCommitteeSize),
  },
};

/** Local figures over the defaults: `{ committeeMinMembers: 80 }` keeps the rule, changes the value. */
export function structureThresholds(
  overrides: Partial<Record<keyof StructureThresholds, number>> = {},
): StructureThresholds {
  const entries = Object.entries(defaultStructureThresholds).map(([key, threshold]) => {
    const local = overrides[key as keyof StructureThresholds];
    return [
      key,
      local === undefined
        ? threshold
        : { value: local, rule: { ...threshold.rule, version: `${threshold.rule.version}+local` } },
    ];
  });
  return Object.fromEntries(entries) as unknown as StructureThresholds;
}
