import { localize, type MessageParams } from '../../i18n/format.js';
import { templatesByCode } from '../../i18n/define-messages.js';
import { structureMessages } from './messages.js';
import type { Finding, Severity } from '../../kernel/finding.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import type { EngineReport } from '../engine-report.js';
import type { Org } from '../../schema/org.js';
import { subtreeMemberCounts, type MemberCount } from './member-counts.js';
import { defaultStructureThresholds, type StructureThresholds, type Threshold } from './thresholds.js';

const messages = templatesByCode(structureMessages);

type StructureCode = keyof typeof messages;

function finding(
  code: StructureCode,
  severity: Severity,
  threshold: Threshold,
  org: Org,
  params: MessageParams,
  facts: Record<string, unknown>,
): Finding {
  return {
    code,
    severity,
    rule: threshold.rule,
    subject: { collection: 'orgs', id: org.id },
    text: localize(messages[code], { name: org.name, ...params }),
    facts: { kind: org.kind, ...facts },
  };
}

function checkBranch(org: Org, count: MemberCount, t: StructureThresholds): Finding[] {
  const found: Finding[] = [];
  const facts = { fullMembers: count.full, members: count.members };
  if (count.full < t.branchMinFullMembers.value && org.setting !== 'joint') {
    found.push(
      finding(
        'structure.branchTooSmall',
        'warning',
        t.branchMinFullMembers,
        org,
        { full: count.full, min: t.branchMinFullMembers.value },
        facts,
      ),
    );
  }
  if (count.members > t.branchMaxMembers.value) {
    found.push(
      finding(
        'structure.branchTooLarge',
        'info',
        t.branchMaxMembers,
        org,
        { members: count.members, max: t.branchMaxMembers.value },
        facts,
      ),
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
      finding(
        'structure.branchCommitteeMissing',
        'warning',
        t.branchCommitteeFromFullMembers,
        org,
        { full: count.full, min, max },
        facts,
      ),
    ];
  }
  if (count.full >= from && (size < min || size > max)) {
    return [
      finding('structure.branchCommitteeSize', 'warning', t.branchCommitteeMinSize, org, { size, min, max }, facts),
    ];
  }
  // Below 7 full members: a secretary and at most one deputy, so anything above 2 is a committee.
  if (count.full < from && size > 2) {
    return [
      finding('structure.branchCommitteeNotNeeded', 'info', t.branchCommitteeFromFullMembers, org, { from }, facts),
    ];
  }
  return [];
}

function checkGeneralBranch(org: Org, count: MemberCount, t: StructureThresholds): Finding[] {
  const [min, max] = [t.generalBranchMinMembers.value, t.generalBranchMaxMembers.value];
  if (count.members >= min && count.members <= max) return [];
  const threshold = count.members < min ? t.generalBranchMinMembers : t.generalBranchMaxMembers;
  return [
    finding(
      'structure.generalBranchOutOfRange',
      'info',
      threshold,
      org,
      { members: count.members, min, max },
      { members: count.members },
    ),
  ];
}

function checkCommittee(org: Org, count: MemberCount, t: StructureThresholds): Finding[] {
  // A 党工委 is the district's dispatched body, not a basic-level committee: no size rule.
  if (org.subkind === 'working' || org.approvedByHigherCommittee) return [];
  const min = t.committeeMinMembers.value;
  if (count.members >= min) return [];
  return [
    finding(
      'structure.committeeTooSmall',
      'info',
      t.committeeMinMembers,
      org,
      { members: count.members, min },
      { members: count.members },
    ),
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
