import type { AppliedRule } from '../../kernel/finding.js';
import { ruleSource, ruleTables } from '../../rules/rule-tables.js';

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

const table = ruleTables.orgThresholds;
const units = table.units;
const version = table.asOf;

function applied(id: string, sourceId: string, article: string, confirmed: boolean): AppliedRule {
  const source = ruleSource('orgThresholds', sourceId);
  return { id, version, article, confirmed, ...(source && { source: `${source.name}（${source.year}）` }) };
}

const leadership = table.branchLeadership;
const leadershipRule = applied(
  'org.branchCommittee',
  leadership.source,
  leadership.article,
  leadership.confirmed && leadership.articleNumberConfirmed,
);

export const defaultStructureThresholds: StructureThresholds = {
  branchMinFullMembers: {
    value: units.branch.mustEstablishWhenFullMembersAtLeast,
    rule: applied('org.branch.minFullMembers', units.branch.source, units.branch.article, units.branch.confirmed),
  },
  branchMaxMembers: {
    value: units.branch.generalMaxMembers.value,
    rule: applied(
      'org.branch.generalMaxMembers',
      units.branch.generalMaxMembers.source,
      units.branch.generalMaxMembers.article,
      units.branch.generalMaxMembers.confirmed,
    ),
  },
  generalBranchMinMembers: {
    value: units.generalBranch.fullMembersRange.minInclusive,
    rule: applied('org.generalBranch.range', units.generalBranch.source, units.generalBranch.article, false),
  },
  generalBranchMaxMembers: {
    value: units.generalBranch.fullMembersRange.maxInclusive,
    rule: applied('org.generalBranch.range', units.generalBranch.source, units.generalBranch.article, false),
  },
  committeeMinMembers: {
    value: units.committee.membersAtLeast,
    rule: applied('org.committee.minMembers', units.committee.source, units.committee.article, false),
  },
  branchCommitteeFromFullMembers: { value: leadership.committeeRequiredWhenFullMembersAtLeast, rule: leadershipRule },
  branchCommitteeMinSize: { value: leadership.committeeSize.min, rule: leadershipRule },
  branchCommitteeMaxSize: { value: leadership.committeeSize.generalMax, rule: leadershipRule },
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
