import { markingLabels } from '../../engines/evaluations/labels.js';
import { evaluationRules as rules } from '../../engines/evaluations/rules.js';
import { refuse } from '../../kernel/rule.js';
import type { Transaction } from '../../kernel/transaction.js';
import type { Evaluation, EvaluationMark } from '../../schema/evaluation.js';
import type { RaterKind } from '../../schema/evaluation-scheme.js';
import { ratedParticipant, roundSubject, subjectName } from './round-access.js';

export interface RaterClaim {
  readonly raterKind: string;
  readonly raterId: string;
}

/** The scheme's rater kind, refused when the scheme has none of that name. */
export function raterKindOf(round: Evaluation, raterKind: string): RaterKind {
  const kind = round.scheme.raters.find((rater) => rater.kind === raterKind);
  if (!kind) {
    const params = { scheme: round.scheme.label, kind: raterKind };
    throw refuse(rules.raterKindOfScheme, roundSubject(round.id), 'raterKind', params);
  }
  return kind;
}

/** The rater's name: the org's for the organisation's ballot, a participant's own, else the ballot's label. */
function raterName(tx: Transaction, round: Evaluation, kind: RaterKind, raterId: string): string {
  if (kind.who === 'roundOrg') return tx.get('orgs', raterId)?.name ?? raterId;
  return kind.who === 'anyone' ? raterId : subjectName(tx, round, raterId);
}

/** A self or peer ballot of a member round: the member rating, whom the policy's self scope reads. */
export function ratingMember(round: Evaluation, kind: RaterKind, raterId: string): string | undefined {
  const personal = kind.who === 'self' || kind.who === 'participant';
  return personal && round.scheme.subjectKind === 'member' ? raterId : undefined;
}

/** A self or peer ballot of an org round: the org rating, whose own staff's scope reaches it. */
export function ratingOrg(round: Evaluation, kind: RaterKind, raterId: string): string | undefined {
  const personal = kind.who === 'self' || kind.who === 'participant';
  return personal && round.scheme.subjectKind === 'org' ? raterId : undefined;
}

/**
 * Who may rate as this kind: the subject for itself, another participant as a peer, the round's
 * org as the organisation. Ballots the org enters for the masses, residents or assessors carry the
 * ballot's own label. That a member rates only in their own name is the policy's (member role,
 * self scope on the ballot's `memberId`), so staff can enter paper ballots for anyone.
 */
export function assertRater(tx: Transaction, round: Evaluation, kind: RaterKind, raterId: string): void {
  const subject = roundSubject(round.id);
  const rater = raterName(tx, round, kind, raterId);
  const personal = kind.who === 'self' || kind.who === 'participant';
  const takesPart = round.participants.some((each) => each.id === raterId);
  if ((personal && !takesPart) || (kind.who === 'roundOrg' && raterId !== round.orgId)) {
    throw refuse(rules.raterTakesPart, subject, 'raterId', { rater, kind: kind.label });
  }
}

/** Each mark: of a rated subject of the round, the kind of mark the scheme takes, once per rater and subject. */
export function assertMarks(
  tx: Transaction,
  round: Evaluation,
  kind: RaterKind,
  raterId: string,
  marks: readonly EvaluationMark[],
): void {
  const subject = roundSubject(round.id);
  const rater = raterName(tx, round, kind, raterId);
  const already = new Set(
    [...tx.snapshot.evaluationBallots.values()]
      .filter((b) => b.evaluationId === round.id && b.raterKind === kind.kind && b.raterId === raterId)
      .flatMap((ballot) => ballot.marks.map((mark) => mark.subjectId)),
  );
  marks.forEach((mark, index) => {
    const field = `marks.${index}.subjectId`;
    const name = subjectName(tx, round, mark.subjectId);
    if (kind.who === 'self' && mark.subjectId !== raterId) {
      throw refuse(rules.selfOnlyForSelf, subject, field, { rater, subject: name });
    }
    if (kind.who === 'participant' && mark.subjectId === raterId)
      throw refuse(rules.peerNotSelf, subject, field, { rater });
    ratedParticipant(tx, round, mark.subjectId, field);
    if ((round.scheme.marking === 'grade') !== (mark.grade !== undefined)) {
      const params = { marking: markingLabels[round.scheme.marking], subject: name };
      throw refuse(rules.markOfScheme, subject, `marks.${index}`, params);
    }
    if (already.has(mark.subjectId)) {
      throw refuse(rules.ratesOnce, subject, field, { rater, subject: name, kind: kind.label });
    }
    already.add(mark.subjectId);
  });
}
