import { roundStateLabels, roundStepLabels } from '../../engines/evaluations/labels.js';
import { evaluationRules } from '../../engines/evaluations/rules.js';
import { refuse } from '../../kernel/rule.js';
import type { Transaction } from '../../kernel/transaction.js';
import type { Evaluation, EvaluationParticipant } from '../../schema/evaluation.js';

export const roundSubject = (evaluationId: string) => ({ collection: 'evaluations', id: evaluationId });

/** The round, refused unless it is in the state the step needs (ratings while open, the rest once closed). */
export function roundFor(
  tx: Transaction,
  evaluationId: string,
  step: keyof typeof roundStepLabels,
  state: Evaluation['state'],
): Evaluation {
  const round = tx.require('evaluations', evaluationId, 'evaluationId');
  if (round.state !== state) {
    const params = { id: round.id, state: roundStateLabels[round.state], step: roundStepLabels[step] };
    throw refuse(evaluationRules.lifecycle, roundSubject(round.id), 'evaluationId', params);
  }
  return round;
}

/** A subject's name for messages: the member's or org's, else its id. */
export function subjectName(tx: Transaction, round: Evaluation, id: string): string {
  const entity = round.scheme.subjectKind === 'member' ? tx.get('members', id) : tx.get('orgs', id);
  return entity?.name ?? id;
}

/** The participant a step names, refused when not in the round or (for a rating) not rated. */
export function ratedParticipant(tx: Transaction, round: Evaluation, id: string, field: string): EvaluationParticipant {
  const participant = round.participants.find((each) => each.id === id);
  const subject = subjectName(tx, round, id);
  if (!participant) throw refuse(evaluationRules.subjectInRound, roundSubject(round.id), field, { subject });
  if (!participant.rated) throw refuse(evaluationRules.notRated, roundSubject(round.id), field, { subject });
  return participant;
}
