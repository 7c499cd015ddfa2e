import {
  isCivilDate,
  periodsBetween,
  shanghaiDate,
  wholeMonthsBetween,
  type CivilDate,
  type Period,
} from '../../calendar/index.js';
import type { Finding } from '../../kernel/finding.js';
import { finding } from '../../kernel/rule.js';
import { complianceRules } from './rules.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import type { Meeting } from '../../schema/meeting.js';
import { isPartyMember } from '../../schema/member.js';
import { ruleTables } from '../../rules/rule-tables.js';
import type { Org } from '../../schema/org.js';
import type { EngineReport } from '../engine-report.js';
import { subtreeOf } from '../org-tree.js';
import { meetingLabels } from './meeting-labels.js';
import { cadenceKey, defaultCadenceRules, type CadenceRule } from './cadence-rules.js';

export interface ComplianceQuery {
  /** The org whose subtree is checked. */
  readonly orgId: string;
  /** First and last day of the range (civil dates or instants, Asia/Shanghai). */
  readonly from: string;
  readonly to: string;
  /** Today: periods not yet over are reported but not held against anyone. */
  readonly asOf: string;
  readonly rules?: readonly CadenceRule[];
  /** Where a portal turns the review chain on: only records a higher org approved count. */
  readonly approvedOnly?: boolean;
  /** List the members without org life for this many whole months or more (default: 党章's six). */
  readonly orgLifeMonths?: number;
}

export interface PeriodCount extends Period {
  readonly held: number;
  /** The period has ended (on or before `asOf`): a shortfall in it is a finding. */
  readonly closed: boolean;
}

/** One org under one rule: required per period, held per period. */
export interface ComplianceRow {
  readonly orgId: string;
  readonly kind: CadenceRule['kind'];
  readonly per: CadenceRule['per'];
  readonly min: number;
  readonly rule: CadenceRule['rule'];
  readonly periods: readonly PeriodCount[];
}

/** A Party member whose last org life (a meeting attended, else the date on record) is too long ago, or unknown. */
export interface WithoutOrgLife {
  readonly memberId: string;
  readonly orgId: string;
  readonly lastOn?: CivilDate;
  /** Whole months since (民法典 第二百零三条); absent when there is no date at all. */
  readonly months?: number;
}

/** Meetings held per org, rule and period, with a finding for each ended period short of the minimum. */
export type ComplianceReport = EngineReport<{
  readonly rows: readonly ComplianceRow[];
  readonly withoutOrgLife: readonly WithoutOrgLife[];
}>;

function applies(rule: CadenceRule, org: Org): boolean {
  return rule.orgKinds.includes(org.kind) && (!rule.committeeOnly || org.committeeSize !== undefined);
}

/** The meetings that count: all, or where review is on only the approved ones. */
function counted(meetings: Iterable<Meeting>, orgIds: ReadonlySet<string>, approvedOnly: boolean): Meeting[] {
  return [...meetings].filter(
    (meeting) => orgIds.has(meeting.orgId) && (!approvedOnly || meeting.review?.state === 'approved'),
  );
}

/** The dates of an org's meetings under one rule: its kind, and for a 党课 with a lecturer role, that lecturer's. */
function heldUnder(rule: CadenceRule, meetings: readonly Meeting[]): CivilDate[] {
  return meetings
    .filter((meeting) => meeting.kind === rule.kind)
    .filter((meeting) => rule.lecturerRole === undefined || meeting.lecturer?.role === rule.lecturerRole)
    .map((meeting) => meeting.heldOn as CivilDate);
}

/** The later of two dates, either of them possibly absent. */
const later = (a: CivilDate | undefined, b: CivilDate | undefined): CivilDate | undefined =>
  a === undefined || (b !== undefined && b > a) ? b : a;

/** How many of the dates fall in the period (both ends inclusive). */
function countWithin(dates: readonly CivilDate[], period: Period): number {
  let count = 0;
  for (const date of dates) if (date >= period.start && date <= period.end) count++;
  return count;
}

function byOrg(meetings: readonly Meeting[]): Map<string, Meeting[]> {
  const grouped = new Map<string, Meeting[]>();
  for (const meeting of meetings) {
    const list = grouped.get(meeting.orgId);
    if (list) list.push(meeting);
    else grouped.set(meeting.orgId, [meeting]);
  }
  return grouped;
}

/** Each member's last org life: the latest counted meeting attended, else the date on the record. */
function withoutOrgLife(
  snapshot: Pick<Snapshot, 'members'>,
  orgIds: ReadonlySet<string>,
  meetingsOf: ReadonlyMap<string, readonly Meeting[]>,
  asOf: CivilDate,
  limit: number,
): WithoutOrgLife[] {
  const attended = new Map<string, CivilDate>();
  // Org by org: an org's meetings share their members, so their entries in `attended` stay in the
  // cache; in the table's hash order every attendee is a cache miss (several times slower at 100k members).
  for (const ofOrg of meetingsOf.values()) {
    for (const meeting of ofOrg) {
      for (const { memberId } of meeting.attendance) {
        const last = attended.get(memberId);
        if (last === undefined || last < meeting.heldOn) attended.set(memberId, meeting.heldOn as CivilDate);
      }
    }
  }
  const found: WithoutOrgLife[] = [];
  for (const member of snapshot.members.values()) {
    if (!orgIds.has(member.relationOrgId) || !isPartyMember(member) || (member.status ?? 'active') !== 'active')
      continue;
    const onRecord = isCivilDate(member.lastOrgLifeOn) ? member.lastOrgLifeOn : undefined;
    const fromMeetings = attended.get(member.id);
    const lastOn = later(fromMeetings, onRecord);
    const base = { memberId: member.id, orgId: member.relationOrgId };
    if (lastOn === undefined) found.push(base);
    else if (lastOn <= asOf) {
      const months = wholeMonthsBetween(lastOn, asOf);
      if (months >= limit) found.push({ ...base, lastOn, months });
    }
  }
  return found;
}

/**
 * 三会一课 compliance for an org and everything below it: for each org and each cadence rule that
 * applies to it, how many meetings of the kind were held in each period of the range, and a
 * finding (with the rule, version and article) for every ended period short of the minimum.
 */
export function complianceReport(
  snapshot: Pick<Snapshot, 'orgs' | 'meetings' | 'members'>,
  query: ComplianceQuery,
): ComplianceReport {
  const rules = query.rules ?? defaultCadenceRules;
  const asOf = shanghaiDate(query.asOf);
  const orgIds = subtreeOf(snapshot, query.orgId);
  const meetings = counted(snapshot.meetings.values(), orgIds, query.approvedOnly ?? false);
  const meetingsOf = byOrg(meetings);
  // The periods depend on the range and the cadence only: built once per cadence, not per org.
  const periodsPer = new Map<CadenceRule['per'], Period[]>();
  const periodsOf = (per: CadenceRule['per']): Period[] =>
    periodsPer.get(per) ?? periodsPer.set(per, periodsBetween(query.from, query.to, per)).get(per)!;
  const rows: ComplianceRow[] = [];
  const findings: Finding[] = [];
  for (const orgId of orgIds) {
    const org = snapshot.orgs.get(orgId)!;
    for (const rule of rules.filter((each) => applies(each, org))) {
      const held = heldUnder(rule, meetingsOf.get(orgId) ?? []);
      const periods = periodsOf(rule.per).map((period) => ({
        ...period,
        held: countWithin(held, period),
        closed: period.end <= asOf,
      }));
      rows.push({ orgId, kind: rule.kind, per: rule.per, min: rule.min, rule: rule.rule, periods });
      for (const period of periods.filter((each) => each.closed && each.held < rule.min)) {
        const place = {
          subject: { collection: 'orgs', id: orgId },
          severity: 'warning' as const,
          version: rule.rule.version,
          confirmed: rule.rule.confirmed,
          facts: { kind: rule.kind, period: period.label, held: period.held, min: rule.min },
        };
        const params = { name: org.name, kind: meetingLabels[rule.kind], period: period.label, held: period.held };
        findings.push(finding(complianceRules[cadenceKey(rule)]!, place, { ...params, min: rule.min }));
      }
    }
  }
  const limit = query.orgLifeMonths ?? ruleTables.membershipStatus.selfLapse.consecutiveMonths;
  return { findings, data: { rows, withoutOrgLife: withoutOrgLife(snapshot, orgIds, meetingsOf, asOf, limit) } };
}
