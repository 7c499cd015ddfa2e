import { civilDate } from '../../calendar/civil-date.js';
import { shanghaiDate } from '../../calendar/instant.js';
import type { LocalizedText } from '../../i18n/locale.js';
import type { Finding } from '../../kernel/finding.js';
import { finding } from '../../kernel/rule.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import { compileCondition, type CompiledCondition } from '../../rules/compile-condition.js';
import { isPartyMember, type Member } from '../../schema/member.js';
import { scoreSourceIds, type ScoreScheme, type ScoreSourceId, type ScoreVeto } from '../../schema/score-scheme.js';
import { memberFactReaders, type MemberOnDate } from '../classification/member-facts.js';
import type { EngineReport } from '../engine-report.js';
import { subtreeOf } from '../org-tree.js';
import { pointsReportRules } from './rules.js';
import { rankByBranch, rankingOrgOf, type BranchRanking } from './score-rankings.js';
import { scoreLedger, type LedgerTotals } from './score-ledger.js';
import { scoreSources, type ScoreTables, type SourceEntry } from './score-sources.js';

export interface ScoreLedgerQuery {
  /** These members; or, without them, the Party members managed or related in `orgId`'s subtree. */
  readonly memberIds?: readonly string[];
  readonly orgId?: string;
  /** The calendar year (Asia/Shanghai): caps and totals restart every 1 January. */
  readonly year: number;
  /** Today: nothing after it counts, and vetoes and exclusions are judged on it (or on 31 December, if earlier). */
  readonly asOf: string;
}

/** One member's year: lines, parts and total, the vetoes that zeroed lines, and why they are not ranked. */
export interface MemberScoreLedger extends LedgerTotals {
  readonly memberId: string;
  readonly name: string;
  /** The branch they are ranked in. */
  readonly orgId: string;
  readonly vetoes: readonly {
    readonly id: string;
    readonly label: LocalizedText;
    readonly zeroes: 'year' | 'reward';
  }[];
  readonly excludedBy?: { readonly id: string; readonly label: LocalizedText; readonly reason: LocalizedText };
}

export interface ScoreLedgerData {
  readonly schemeId: string;
  readonly version: string;
  readonly year: number;
  readonly members: readonly MemberScoreLedger[];
  readonly rankings: readonly BranchRanking[];
}

export type ScoreLedgerReport = EngineReport<ScoreLedgerData>;
type Tables = ScoreTables & Pick<Snapshot, 'orgs' | 'members'>;

const gone = new Set(['removed', 'deceased', 'transferredOut']);

function membersInScope(snapshot: Tables, query: ScoreLedgerQuery): Member[] {
  if (query.memberIds) return query.memberIds.flatMap((id) => snapshot.members.get(id) ?? []);
  const orgs = query.orgId === undefined ? undefined : subtreeOf(snapshot, query.orgId);
  return [...snapshot.members.values()].filter(
    (member) =>
      isPartyMember(member) &&
      !gone.has(member.status ?? 'active') &&
      (!orgs || orgs.has(member.managingOrgId) || orgs.has(member.relationOrgId)),
  );
}

/** The entry as it stood on `until`: a revoke dated later has not happened yet. */
function asOn(entry: SourceEntry, until: string): SourceEntry {
  if (entry.revokedOn === undefined || entry.revokedOn <= until) return entry;
  const { revokedOn: _later, ...standing } = entry;
  return standing;
}

/** What each member did in the year up to `until`, from every source, grouped by member. */
function entriesByMember(snapshot: Tables, year: number, until: string) {
  const byMember = new Map<string, { source: ScoreSourceId; entry: SourceEntry }[]>();
  const from = civilDate(year, 1, 1);
  for (const source of scoreSourceIds) {
    for (const done of scoreSources[source](snapshot)) {
      if (done.on < from || done.on > until) continue;
      const entry = asOn(done, until);
      const list = byMember.get(entry.memberId);
      if (list) list.push({ source, entry });
      else byMember.set(entry.memberId, [{ source, entry }]);
    }
  }
  return byMember;
}

/**
 * Awards naming an item the scheme lacks (a later version renamed or dropped it): no line counts
 * them, so each is a finding naming the record, and every total stays explained.
 */
function unknownItems(
  entries: readonly { readonly source: ScoreSourceId; readonly entry: SourceEntry }[],
  scheme: ScoreScheme,
  version: string,
): Finding[] {
  return entries.flatMap(({ source, entry }) => {
    const { itemId, points } = entry;
    // A revoked award counts nothing under any scheme: nothing is left out.
    if (entry.revokedOn !== undefined) return [];
    if (itemId === undefined || scheme.items.some((item) => item.id === itemId && item.source === source)) return [];
    const subject = { collection: 'members' as const, id: entry.memberId };
    const facts = { memberId: entry.memberId, itemId, on: entry.on, points: points ?? 0, sourceRef: entry.sourceRef };
    const params = { scheme: scheme.label, item: itemId, on: entry.on, points: points ?? 0 };
    return [finding(pointsReportRules.itemUnknown, { subject, severity: 'warning', facts, version }, params)];
  });
}

interface Judged<T> {
  readonly rule: T;
  readonly holds: CompiledCondition<MemberOnDate>;
}

const judge = <T extends { readonly when: Parameters<typeof compileCondition>[0] }>(
  rules: readonly T[],
  tables: ScoreScheme['tables'],
): Judged<T>[] => rules.map((rule) => ({ rule, holds: compileCondition(rule.when, tables, memberFactReaders) }));

/**
 * 积分台账: every member's year line by line under a scheme — each line's day, item, source
 * record, raw points, points under the item's cap, and the cap or veto that took points off —
 * the base / task / reward parts and the total (each the sum of the lines), and rankings per
 * branch. Every cap reached, veto applied and member excluded is also a finding, so nothing the
 * scheme does to a total is silent.
 */
export function scoreLedgerReport(snapshot: Tables, scheme: ScoreScheme, query: ScoreLedgerQuery): ScoreLedgerReport {
  const asOf = shanghaiDate(query.asOf);
  const yearEnd = civilDate(query.year, 12, 31);
  const until = asOf < yearEnd ? asOf : yearEnd;
  const byMember = entriesByMember(snapshot, query.year, until);
  const vetoes = judge(scheme.vetoes, scheme.tables);
  const exclusions = judge(scheme.exclusions, scheme.tables);
  const context = { asOf: until };
  const version = `${scheme.id}@${scheme.version}`;
  const findings: Finding[] = [];
  const members = membersInScope(snapshot, query).map((member): MemberScoreLedger => {
    const on: MemberOnDate = { member, asOf: until };
    const held: ScoreVeto[] = vetoes.filter(({ holds }) => holds(on, context)).map(({ rule }) => rule);
    const unvetoed = scoreLedger(byMember.get(member.id) ?? [], scheme);
    const ledger = held.length === 0 ? unvetoed : scoreLedger(byMember.get(member.id) ?? [], scheme, held);
    findings.push(...unknownItems(byMember.get(member.id) ?? [], scheme, version));
    const excluded = exclusions.find(({ holds }) => holds(on, context))?.rule;
    const subject = { collection: 'members' as const, id: member.id };
    for (const line of ledger.lines) {
      if (!line.capped) continue;
      const over = line.rawPoints - line.cappedPoints;
      const facts = {
        memberId: member.id,
        itemId: line.itemId,
        period: line.capped.period,
        max: line.capped.max,
        over,
        sourceRef: line.sourceRef,
      };
      findings.push(
        finding(
          pointsReportRules.capReached,
          { subject, severity: 'info', facts, version },
          {
            item: line.item,
            period: line.capped.period,
            max: line.capped.max,
            over,
          },
        ),
      );
    }
    for (const veto of held) {
      const part = veto.zeroes === 'year' ? unvetoed.total : unvetoed.parts.reward;
      const partLabel =
        veto.zeroes === 'year'
          ? { 'zh-CN': '全年积分', en: "the year's total" }
          : { 'zh-CN': '奖励分', en: 'the reward part' };
      const facts = { memberId: member.id, vetoId: veto.id, zeroes: veto.zeroes, before: part };
      findings.push(
        finding(
          pointsReportRules.vetoApplied,
          { subject, severity: 'warning', facts, version },
          {
            veto: veto.label,
            reason: veto.reason,
            part: partLabel,
            before: part,
          },
        ),
      );
    }
    if (excluded) {
      const facts = { memberId: member.id, exclusionId: excluded.id };
      findings.push(
        finding(
          pointsReportRules.memberExcluded,
          { subject, severity: 'info', facts, version },
          {
            exclusion: excluded.label,
            reason: excluded.reason,
          },
        ),
      );
    }
    return {
      memberId: member.id,
      name: member.name,
      orgId: rankingOrgOf(snapshot, member.managingOrgId),
      ...ledger,
      vetoes: held.map((veto) => ({ id: veto.id, label: veto.label, zeroes: veto.zeroes })),
      ...(excluded && { excludedBy: { id: excluded.id, label: excluded.label, reason: excluded.reason } }),
    };
  });
  const rankings = rankByBranch(
    snapshot,
    members.filter((member) => !member.excludedBy),
  );
  return { findings, data: { schemeId: scheme.id, version: scheme.version, year: query.year, members, rankings } };
}
