import { civilDateParts, type CivilDate } from '../../calendar/civil-date.js';
import { shanghaiDate } from '../../calendar/instant.js';
import type { Finding } from '../../kernel/finding.js';
import { finding } from '../../kernel/rule.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import type { Pledge, PledgeOutcome, PledgeState } from '../../schema/pledge.js';
import type { PostKind } from '../../schema/post.js';
import type { EngineReport } from '../engine-report.js';
import { subtreeOf } from '../org-tree.js';
import { pledgeReportRules } from './rules.js';

export interface PledgeQuery {
  /** Whose pledges: those assessed by this org or an org under it. */
  readonly orgId: string;
  /** The day judged on (an Asia/Shanghai date, or an instant read there). */
  readonly asOf: string;
}

/** One pledge as it stood on the day. */
export interface PledgeLine {
  readonly pledgeId: string;
  readonly memberId: string;
  readonly postId?: string;
  readonly state: PledgeState;
  readonly outcome?: PledgeOutcome;
  readonly dueOn: string;
  /** Days past the due date with no fulfilment reported; 0 when not overdue. */
  readonly daysOverdue: number;
}

/**
 * What residents see of a pledge (亮身份): the member's name, the post and the promise. Never an
 * ID number or a phone, nor the member's id.
 */
export interface PublicPledge {
  readonly pledgeId: string;
  readonly memberName: string;
  readonly postName?: string;
  readonly postKind?: PostKind;
  readonly text: string;
  readonly dueOn: string;
  readonly state: PledgeState;
  readonly outcome?: PledgeOutcome;
}

export interface PledgeCounts {
  readonly byState: Readonly<Record<PledgeState, number>>;
  /** Assessed pledges by the branch's outcome. */
  readonly byOutcome: Readonly<Record<PledgeOutcome, number>>;
  readonly overdue: number;
}

export type PledgeReport = EngineReport<{
  readonly asOf: string;
  readonly counts: PledgeCounts;
  /** In id order. */
  readonly pledges: readonly PledgeLine[];
  /** Pledges shown publicly: made by the day and not withdrawn, soonest due first. */
  readonly publicPledges: readonly PublicPledge[];
}>;

const dayMs = 86_400_000;
const epochDay = (date: CivilDate): number => {
  const { year, month, day } = civilDateParts(date);
  return Date.UTC(year, month - 1, day) / dayMs;
};

/** The state a pledge was in at the end of `day`, from the days its steps happened; none before it was made. */
export function pledgeStateOn(pledge: Pledge, day: string): PledgeState | undefined {
  if (pledge.madeOn > day) return undefined;
  if (pledge.withdrawnOn !== undefined && pledge.withdrawnOn <= day) return 'withdrawn';
  if (pledge.assessment !== undefined && pledge.assessment.assessedOn <= day) return 'assessed';
  if (pledge.fulfilment !== undefined && pledge.fulfilment.reportedOn <= day) return 'reported';
  return 'made';
}

function lineOf(pledge: Pledge, state: PledgeState, asOf: CivilDate): PledgeLine {
  const overdue = state === 'made' && pledge.dueOn < asOf;
  return {
    pledgeId: pledge.id,
    memberId: pledge.memberId,
    ...(pledge.postId !== undefined && { postId: pledge.postId }),
    state,
    ...(state === 'assessed' && { outcome: pledge.assessment!.outcome }),
    dueOn: pledge.dueOn,
    daysOverdue: overdue ? epochDay(asOf) - epochDay(pledge.dueOn as CivilDate) : 0,
  };
}

function countsOf(lines: readonly PledgeLine[]): PledgeCounts {
  const byState = { made: 0, reported: 0, assessed: 0, withdrawn: 0 };
  const byOutcome = { fulfilled: 0, partly: 0, not: 0 };
  for (const line of lines) {
    byState[line.state] += 1;
    if (line.outcome) byOutcome[line.outcome] += 1;
  }
  return { byState, byOutcome, overdue: lines.filter((line) => line.daysOverdue > 0).length };
}

type PledgeSnapshot = Pick<Snapshot, 'orgs' | 'members' | 'posts' | 'pledges'>;

function publicPledgeOf(snapshot: PledgeSnapshot, pledge: Pledge, line: PledgeLine): PublicPledge {
  const post = pledge.postId === undefined ? undefined : snapshot.posts.get(pledge.postId);
  return {
    pledgeId: pledge.id,
    memberName: pledge.memberName ?? snapshot.members.get(pledge.memberId)?.name ?? '—',
    ...(post && { postName: post.name, postKind: post.kind }),
    text: pledge.text,
    dueOn: pledge.dueOn,
    state: line.state,
    ...(line.outcome && { outcome: line.outcome }),
  };
}

function overdueFinding(snapshot: PledgeSnapshot, pledge: Pledge, line: PledgeLine): Finding {
  return finding(
    pledgeReportRules.overdue,
    {
      subject: { collection: 'pledges', id: pledge.id },
      severity: 'warning',
      facts: { dueOn: pledge.dueOn, daysOverdue: line.daysOverdue, memberId: pledge.memberId },
    },
    {
      name: snapshot.members.get(pledge.memberId)?.name ?? pledge.memberId,
      text: pledge.text,
      dueOn: pledge.dueOn,
      days: line.daysOverdue,
    },
  );
}

/**
 * 依岗承诺 per org subtree as of a day: each pledge's state then (from the days of its steps, so a
 * past day reads as it stood), counts by state and outcome, the public list (亮身份), and a
 * finding for every pledge past its due date with no fulfilment reported.
 */
export function pledgeReport(snapshot: PledgeSnapshot, query: PledgeQuery): PledgeReport {
  const asOf = shanghaiDate(query.asOf);
  const orgIds = subtreeOf(snapshot, query.orgId);
  const pledges = [...snapshot.pledges.values()]
    .filter((pledge) => orgIds.has(pledge.orgId))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows: { pledge: Pledge; line: PledgeLine }[] = [];
  for (const pledge of pledges) {
    const state = pledgeStateOn(pledge, asOf);
    if (state !== undefined) rows.push({ pledge, line: lineOf(pledge, state, asOf) });
  }
  const findings = rows
    .filter(({ line }) => line.daysOverdue > 0)
    .map(({ pledge, line }) => overdueFinding(snapshot, pledge, line));
  const publicPledges = rows
    .filter(({ line }) => line.state !== 'withdrawn')
    .map(({ pledge, line }) => publicPledgeOf(snapshot, pledge, line))
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.pledgeId < b.pledgeId ? -1 : 1));
  const lines = rows.map(({ line }) => line);
  return { findings, data: { asOf, counts: countsOf(lines), pledges: lines, publicPledges } };
}
