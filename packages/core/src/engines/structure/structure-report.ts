import type { Finding, Severity } from '../../kernel/finding.js';
import { finding } from '../../kernel/rule.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import type { EngineReport } from '../engine-report.js';
import type { Org } from '../../schema/org.js';
import { subtreeMemberCounts, type MemberCount } from './member-counts.js';
import { structureRules } from './rules.js';
import { defaultStructureThresholds, type StructureThresholds, type Threshold } from './thresholds.js';

/** Where a structure finding is: the org, how serious, under which threshold (its version may be local). */
function at(org: Org, severity: Severity, threshold: Threshold, facts: Record<string, unknown>) {
  return {
    subject: { collection: 'orgs', id: org.id },
    severity,
    version: threshold.rule.version,
    facts: { kind: org.kind, ...facts },
  };
}

function checkBranch(org: Org, count: MemberCount, t: StructureThresholds): Finding[] {
  const found: Finding[] = [];
  const facts = { fullMembers: count.full, members: count.members };
  if (count.full < t.branchMinFullMembers.value && org.setting !== 'joint') {
    found.push(
      finding(structureRules.branchMinFullMembers, at(org, 'warning', t.branchMinFullMembers, facts), {
        name: org.name,
        full: count.full,
        min: t.branchMinFullMembers.value,
      }),
    );
  }
  if (count.members > t.branchMaxMembers.value) {
    found.push(
      finding(structureRules.branchMaxMembers, at(org, 'info', t.branchMaxMembers, facts), {
        name: org.name,
        members: count.members,
        max: t.branchMaxMembers.value,
      }),
    );
  }
  found.push(...checkBranchCommittee(org, count, t));
  return found;
}

function checkBranchCommittee(org: Org, count: MemberCount, t: StructureThresholds): Finding[] {
  const size = org.committeeSize ?? 0;
  const from = t.branchCommitteeFromFullMembers.value;
  const [min, max] = [t.branchCommitteeMinSize.value, t.branchCommitteeMaxSize.value];
  const facts = { fullMembers: count.full, committeeSize: size };
  if (count.full >= from && size === 0) {
    return [
      finding(structureRules.branchCommitteeRequired, at(org, 'warning', t.branchCommitteeFromFullMembers, facts), {
        name: org.name,
        full: count.full,
        min,
        max,
      }),
    ];
  }
  if (count.full >= from && (size < min || size > max)) {
    return [
      finding(structureRules.branchCommitteeSize, at(org, 'warning', t.branchCommitteeMinSize, facts), {
        name: org.name,
        size,
        min,
        max,
      }),
    ];
  }
  // Below 7 full members: a secretary and at most one deputy, so anything above 2 is a committee.
  if (count.full < from && size > 2) {
    return [
      finding(structureRules.branchCommitteeNotNeeded, at(org, 'info', t.branchCommitteeFromFullMembers, facts), {
        name: org.name,
        from,
      }),
    ];
  }
  return [];
}

function checkGeneralBranch(org: Org, count: MemberCount, t: StructureThresholds): Finding[] {
  const [min, max] = [t.generalBranchMinMembers.value, t.generalBranchMaxMembers.value];
  if (count.members >= min && count.members <= max) return [];
  const threshold = count.members < min ? t.generalBranchMinMembers : t.generalBranchMaxMembers;
  return [
    finding(structureRules.generalBranchRange, at(org, 'info', threshold, { members: count.members }), {
      name: org.name,
      members: count.members,
      min,
      max,
    }),
  ];
}

function checkCommittee(org: Org, count: MemberCount, t: StructureThresholds): Finding[] {
  // A 党工委 is the district's dispatched body, not a basic-level committee: no size rule.
  if (org.subkind === 'working' || org.approvedByHigherCommittee) return [];
  const min = t.committeeMinMembers.value;
  if (count.members >= min) return [];
  return [
    finding(structureRules.committeeMinMembers, at(org, 'info', t.committeeMinMembers, { members: count.members }), {
      name: org.name,
      members: count.members,
      min,
    }),
  ];
}

const checks: Readonly<
  Record<Org['kind'], ((org: Org, count: MemberCount, t: StructureThresholds) => Finding[]) | undefined>
> = {
  branch: checkBranch,
  generalBranch: checkGeneralBranch,
  committee: checkCommittee,
  group: undefined,
};

/** The structure findings, with the subtree member counts they were judged on. */
export type StructureReport = EngineReport<{ readonly memberCounts: ReadonlyMap<string, MemberCount> }>;

/**
 * Checks every org against the structure rules (org-thresholds.json, or a portal's local
 * figures): branch size, when a general branch or committee fits, the branch committee's size.
 * Members are counted by formal membership over each org's subtree. Findings only: it never
 * changes anything.
 */
export function structureReport(
  snapshot: Pick<Snapshot, 'orgs' | 'members'>,
  thresholds: StructureThresholds = defaultStructureThresholds,
): StructureReport {
  const memberCounts = subtreeMemberCounts(snapshot);
  const findings: Finding[] = [];
  for (const org of snapshot.orgs.values()) {
    const check = checks[org.kind];
    if (check) findings.push(...check(org, memberCounts.get(org.id) ?? { full: 0, members: 0 }, thresholds));
  }
  return { findings, data: { memberCounts } };
}
