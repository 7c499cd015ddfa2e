import { periodsBetween, shanghaiDate, type CivilDate, type Period } from '../../calendar/index.js';
import type { Finding } from '../../kernel/finding.js';
import { finding } from '../../kernel/rule.js';
import { complianceRules } from './rules.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import type { Meeting } from '../../schema/meeting.js';
import type { Org } from '../../schema/org.js';
import type { EngineReport } from '../engine-report.js';
import { subtreeOf } from '../org-tree.js';
import { meetingLabels } from './meeting-labels.js';
import { defaultCadenceRules, type CadenceRule } from './cadence-rules.js';

export interface ComplianceQuery {
  /** The org whose subtree is checked. */
  readonly orgId: string;
  /** First and last day of the range (civil dates or instants, Asia/Shanghai). */
  readonly from: string;
  readonly to: string;
  /** Today: periods not yet over are reported but not held against anyone. */
  readonly asOf: string;
  readonly rules?: readonly CadenceRule[];
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

/** Meetings held per org, rule and period, with a finding for each ended period short of the minimum. */
export type ComplianceReport = EngineReport<{ readonly rows: readonly ComplianceRow[] }>;

function applies(rule: CadenceRule, org: Org): boolean {
  return rule.orgKinds.includes(org.kind) && (!rule.committeeOnly || org.committeeSize !== undefined);
}

/** Meetings of one org and kind by date: counted per period once, never outside it. */
function meetingDates(meetings: Iterable<Meeting>, orgIds: ReadonlySet<string>): Map<string, CivilDate[]> {
  const byKey = new Map<string, CivilDate[]>();
  for (const meeting of meetings) {
    if (!orgIds.has(meeting.orgId)) continue;
    const key = `${meeting.orgId}\u0000${meeting.kind}`;
    const dates = byKey.get(key) ?? [];
    dates.push(meeting.heldOn as CivilDate);
    byKey.set(key, dates);
  }
  return byKey;
}

/**
 * 三会一课 compliance for an org and everything below it: for each org and each cadence rule that
 * applies to it, how many meetings of the kind were held in each period of the range, and a
 * finding (with the rule, version and article) for every ended period short of the minimum.
 */
export function complianceReport(
  snapshot: Pick<Snapshot, 'orgs' | 'meetings'>,
  query: ComplianceQuery,
): ComplianceReport {
  const rules = query.rules ?? defaultCadenceRules;
  const asOf = shanghaiDate(query.asOf);
  const orgIds = subtreeOf(snapshot, query.orgId);
  const dates = meetingDates(snapshot.meetings.values(), orgIds);
  const rows: ComplianceRow[] = [];
  const findings: Finding[] = [];
  for (const orgId of orgIds) {
    const org = snapshot.orgs.get(orgId)!;
    for (const rule of rules.filter((each) => applies(each, org))) {
      const held = dates.get(`${orgId}\u0000${rule.kind}`) ?? [];
      const periods = periodsBetween(query.from, query.to, rule.per).map((period) => ({
        ...period,
        held: held.filter((date) => date >= period.start && date <= period.end).length,
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
        findings.push(finding(complianceRules[rule.kind], place, { ...params, min: rule.min }));
      }
    }
  }
  return { findings, data: { rows } };
}
