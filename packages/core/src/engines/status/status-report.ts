import type { LocalizedText } from '../../i18n/locale.js';
import { finding } from '../../kernel/rule.js';
import { statusRules } from './rules.js';
import { isCivilDate, type CivilDate } from '../../calendar/civil-date.js';
import { shanghaiDate } from '../../calendar/instant.js';
import { wholeMonthsBetween } from '../../calendar/months.js';
import type { Finding } from '../../kernel/finding.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import { ruleTables } from '../../rules/rule-tables.js';
import type { Member } from '../../schema/member.js';
import type { EngineReport } from '../engine-report.js';
import type { DuesTables } from '../dues/dues-ledger.js';
import { duesLapseFindings, membersOnDuesCycle } from '../dues/dues-lapse.js';

const status = ruleTables.membershipStatus;

const lapses: readonly {
  readonly fact: 'lastOrgLifeOn' | 'lastDuesPaidOn' | 'lastAssignedWorkOn';
  readonly what: LocalizedText;
}[] = [
  { fact: 'lastOrgLifeOn', what: { 'zh-CN': '未参加党的组织生活', en: 'without organisational life' } },
  { fact: 'lastDuesPaidOn', what: { 'zh-CN': '未交纳党费', en: 'without paying dues' } },
  { fact: 'lastAssignedWorkOn', what: { 'zh-CN': '未做党所分配的工作', en: 'without doing assigned Party work' } },
];

function selfLapse(member: Member, asOf: CivilDate, onDuesCycle = false): Finding[] {
  if (member.excusedUntil && member.excusedUntil >= asOf) return [];
  const limit = status.selfLapse.consecutiveMonths;
  const subject = { collection: 'members', id: member.id };
  // A member on the dues cycle is judged by the months themselves (duesLapseFindings), not a date.
  const read = onDuesCycle ? lapses.filter(({ fact }) => fact !== 'lastDuesPaidOn') : lapses;
  return read.flatMap(({ fact, what }) => {
    const last = member[fact];
    // No record at all is unknown, not a lapse: the kit never accuses on missing data.
    if (!isCivilDate(last)) return [];
    // 连续六个月: counted like every other period of months in the kit (民法典 第二百零三条).
    const months = wholeMonthsBetween(last, asOf);
    if (months < limit) return [];
    const place = { subject, severity: 'warning' as const, facts: { [fact]: last, months, limit } };
    return [finding(statusRules.selfLapse, place, { name: member.name, months, what })];
  });
}

function lostContact(member: Member, asOf: CivilDate): Finding[] {
  const since = member.lostContactSince;
  const limit = status.lostContact.definition.minMonths;
  if (!isCivilDate(since)) return [];
  // Unreachable for the whole 6 months, counted like the classification rule.
  const months = wholeMonthsBetween(since, asOf);
  if (months < limit) return [];
  const place = {
    subject: { collection: 'members', id: member.id },
    severity: 'warning' as const,
    facts: { lostContactSince: since, months, limit },
  };
  return [finding(statusRules.lostContactSuspension, place, { name: member.name, since, months })];
}

/** The status warnings, with the Asia/Shanghai date they were judged on and how many active members were read. */
export type StatusReport = EngineReport<{ readonly asOf: CivilDate; readonly membersChecked: number }>;

/**
 * Status warnings for the branch to act on (membership-status.json) on `asOf` (an instant, read in
 * Asia/Shanghai, or an Asia/Shanghai date): 6 whole months without org life, dues or assigned
 * work (自行脱党 candidates, 党章 第九条), and members unreachable for 6 months (停止党籍
 * candidates). Given the dues months, dues are judged by them: 6 ended months unpaid in a row.
 * It only warns: every status change is the branch's decision with higher approval, never the engine's.
 */
export function statusReport(
  snapshot: Pick<Snapshot, 'members'> & Partial<DuesTables>,
  asOfInput: string,
): StatusReport {
  const asOf = shanghaiDate(asOfInput);
  const dues = snapshot.duesMonths && snapshot.duesPayments ? (snapshot as DuesTables) : undefined;
  const onCycle = dues ? membersOnDuesCycle(dues) : new Set<string>();
  const findings: Finding[] = [];
  let membersChecked = 0;
  for (const member of snapshot.members.values()) {
    if ((member.status ?? 'active') !== 'active') continue;
    membersChecked++;
    findings.push(...selfLapse(member, asOf, onCycle.has(member.id)), ...lostContact(member, asOf));
  }
  if (dues) findings.push(...duesLapseFindings(dues, snapshot.members.values(), asOf));
  return { findings, data: { asOf, membersChecked } };
}
