import { scoreRound } from '../../engines/evaluations/scoring.js';
import { defineCommand } from '../../kernel/command.js';
import type { Transaction } from '../../kernel/transaction.js';
import { IdSchema } from '../../schema/common.js';
import type { Evaluation, EvaluationBallot } from '../../schema/evaluation.js';
import { z } from '../../schema/zod.js';
import { roundFor, roundSubject } from './round-access.js';

export function ballotsOf(tx: Transaction, round: Evaluation): EvaluationBallot[] {
  return [...tx.snapshot.evaluationBallots.values()].filter((ballot) => ballot.evaluationId === round.id);
}

/**
 * Ends the rating: each rated subject with marks gets the band its marks fall in as the org's
 * rating (which `evaluation.decide` may change, with a reason). 优秀 past the scheme's share is
 * not capped here: the report finds it.
 */
export const closeEvaluation = defineCommand({
  type: 'evaluation.close',
  input: z.object({ evaluationId: IdSchema }),
  subject: (input) => roundSubject(input.evaluationId),
  run(tx, { evaluationId }, ctx) {
    const round = roundFor(tx, evaluationId, 'close', 'open');
    const scores = scoreRound(round.scheme, round.participants, ballotsOf(tx, round));
    const decisions = scores.flatMap((score) =>
      score.computed === undefined
        ? []
        : [
            {
              subjectId: score.subjectId,
              rating: score.computed,
              computed: score.computed,
              decidedAt: ctx.now,
              decidedBy: ctx.actor.id,
            },
          ],
    );
    const closed = tx.update('evaluations', round.id, (draft) => {
      draft.state = 'closed';
      draft.closedAt = ctx.now;
      draft.decisions = decisions;
    });
    const excellent = decisions.filter((decision) => decision.rating === 'excellent').length;
    tx.emit({
      type: 'evaluation.closed',
      subject: roundSubject(round.id),
      data: { decided: decisions.length, excellent },
    });
    return closed;
  },
});
