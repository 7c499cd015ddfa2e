import type { CivilDate } from '../../calendar/civil-date.js';
import type { Finding } from '../../kernel/finding.js';
import { finding } from '../../kernel/rule.js';
import type { Member } from '../../schema/member.js';
import { memberLines, type DuesTables, type MemberLine } from './dues-ledger.js';
import { officialDuesSchedule } from './dues-schedule.js';
import { duesReportRules } from './report-rules.js';

/** The month after `period` (`2026-12` → `2027-01`). */
function nextPeriod(period: string): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

/**
 * The latest run of ended months, one after another in the calendar, that the member left unpaid
 * with no deferral (a deferral is a valid reason) and no exemption; a month paid, deferred,
 * exempt, or never opened ends the run.
 */
function trailingUnpaidRun(lines: readonly MemberLine[], currentPeriod: string): string[] {
  const ended = lines.filter((entry) => entry.month.period < currentPeriod);
  const run: string[] = [];
  for (let index = ended.length - 1; index >= 0; index -= 1) {
    const { month, state } = ended[index]!;
    if (state !== 'unpaid') break;
    if (run.length > 0 && nextPeriod(month.period) !== run[0]) break;
    run.unshift(month.period);
  }
  return run;
}

/**
 * 连续六个月不交纳党费 (第十三条, 党章 第九条), read from the dues months rather than a single date:
 * members whose latest ended months (as of `asOf`, payments after it not counted) are unpaid six
 * or more in a row. Only a warning for the branch, which checks for a valid reason.
 */
export function duesLapseFindings(snapshot: DuesTables, members: Iterable<Member>, asOf: CivilDate): Finding[] {
  const limit = officialDuesSchedule.nonPaymentMonths;
  const currentPeriod = asOf.slice(0, 7);
  const found: Finding[] = [];
  for (const member of members) {
    if ((member.status ?? 'active') !== 'active') continue;
    if (member.excusedUntil && member.excusedUntil >= asOf) continue;
    const run = trailingUnpaidRun(memberLines(snapshot, member.id, asOf), currentPeriod);
    if (run.length < limit.value) continue;
    const place = {
      subject: { collection: 'members', id: member.id },
      severity: 'warning' as const,
      facts: { unpaidPeriods: run, months: run.length, limit: limit.value },
    };
    const params = { name: member.name, months: run.length, periods: run.join('、') };
    found.push(finding(duesReportRules.nonPayment, place, params));
  }
  return found;
}

/** Members with at least one dues line: their dues lapse is read from the months, not from a date. */
export function membersOnDuesCycle(snapshot: Pick<DuesTables, 'duesMonths'>): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const month of snapshot.duesMonths.values()) for (const line of month.lines) ids.add(line.memberId);
  return ids;
}
