import type { Snapshot } from '../../kernel/snapshot.js';
import type { CatalogueRule } from '../../kernel/rule.js';
import type { Meeting, MeetingVote } from '../../schema/meeting.js';
import type { Member } from '../../schema/member.js';
import { quorumFractions, quorumRules, type Fraction } from './rules.js';

/** Whether `count` reaches `fraction` of `base`: 超过 (strict) or 以上 (at least), in whole numbers. */
export function reaches(count: number, base: number, fraction: Fraction): boolean {
  return fraction.strict ? count * fraction.den > base * fraction.num : count * fraction.den >= base * fraction.num;
}

/** The fewest of `base` that reach `fraction` of it. */
export function fewestReaching(base: number, fraction: Fraction): number {
  const exact = (base * fraction.num) / fraction.den;
  return fraction.strict ? Math.floor(exact) + 1 : Math.ceil(exact);
}

/**
 * 有表决权的党员: full members of the org (probationary members speak but do not vote, 党章 第七条)
 * whose membership is active. They are all "who should attend" (应到会): an excused absence does
 * not take anyone out of the base.
 */
export function votingMembers(snapshot: Pick<Snapshot, 'members'>, orgId: string): Member[] {
  return [...snapshot.members.values()].filter(
    (member) => member.relationOrgId === orgId && member.stage === 'full' && (member.status ?? 'active') === 'active',
  );
}

export interface Quorum {
  /** The rule that sets it. */
  readonly rule: CatalogueRule;
  /** Who counts toward the base: the org's voting members, or its committee seats. */
  readonly base: number;
  /** Of them, how many took part (late included). */
  readonly present: number;
  /** The fewest present that make the quorum. */
  readonly required: number;
  readonly met: boolean;
}

/**
 * The quorum a meeting needs to vote or decide, or none for kinds without one (a 党课 decides
 * nothing). An assembly that admits a probationary member needs the stricter admission quorum.
 */
export function quorumOf(
  meeting: Pick<Meeting, 'kind' | 'orgId' | 'attendance' | 'votes'>,
  snapshot: Pick<Snapshot, 'members' | 'orgs'>,
): Quorum | undefined {
  if (meeting.kind === 'committeeMeeting') {
    const base = snapshot.orgs.get(meeting.orgId)?.committeeSize ?? 0;
    return quorum(quorumRules.committeeQuorum, quorumFractions.committeeMeeting, base, meeting.attendance.length);
  }
  if (meeting.kind !== 'assembly') return undefined;
  const voters = new Set(votingMembers(snapshot, meeting.orgId).map((member) => member.id));
  const present = meeting.attendance.filter((attendee) => voters.has(attendee.memberId)).length;
  const admits = meeting.votes.some((vote) => vote.kind === 'admitProbationary');
  return admits
    ? quorum(quorumRules.admissionQuorum, quorumFractions.admitProbationary, voters.size, present)
    : quorum(quorumRules.assemblyQuorum, quorumFractions.assembly, voters.size, present);
}

function quorum(rule: CatalogueRule, fraction: Fraction, base: number, present: number): Quorum {
  const required = fewestReaching(base, fraction);
  return { rule, base, present, required, met: base > 0 && present >= required };
}

export interface VoteOutcome {
  readonly voteId: string;
  readonly yes: number;
  /** The fewest yes votes that carry it: more than half of the voting members who should attend. */
  readonly required: number;
  readonly passed: boolean;
}

/** Whether a vote carried: yes votes against the voting members who should attend, not those present. */
export function voteOutcome(vote: MeetingVote, votingBase: number): VoteOutcome {
  const fraction =
    vote.kind === 'admitProbationary' ? quorumFractions.admitProbationaryPass : quorumFractions.assemblyPass;
  const required = fewestReaching(votingBase, fraction);
  return { voteId: vote.id, yes: vote.yes, required, passed: votingBase > 0 && vote.yes >= required };
}
