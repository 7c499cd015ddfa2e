import { defineCommand } from '../../kernel/command.js';
import { IdSchema } from '../../schema/common.js';
import { EvaluationMarkSchema } from '../../schema/evaluation.js';
import { z } from '../../schema/zod.js';
import { assertMarks, assertRater, raterKindOf, ratingMember, ratingOrg } from './rater-checks.js';
import { roundFor, roundSubject } from './round-access.js';

/**
 * One rater's marks for subjects of an open round: a self-evaluation, a peer's ballot, a masses'
 * or assessor's ballot the org enters, the org's own rating. All or nothing: one bad mark refuses
 * the whole ballot.
 */
export const submitRating = defineCommand({
  type: 'evaluation.submitRating',
  input: z.object({
    id: IdSchema,
    evaluationId: IdSchema,
    raterKind: IdSchema,
    raterId: IdSchema,
    marks: z.array(EvaluationMarkSchema).min(1).max(2000),
  }),
  // The ballot is what it writes: the policy judges it (its round's org, the member rating).
  subject: (input) => ({ collection: 'evaluationBallots', id: input.id }),
  run(tx, input, ctx) {
    const round = roundFor(tx, input.evaluationId, 'submit', 'open');
    const kind = raterKindOf(round, input.raterKind);
    assertRater(tx, round, kind, input.raterId);
    assertMarks(tx, round, kind, input.raterId, input.marks);
    const memberId = ratingMember(round, kind, input.raterId);
    const raterOrgId = ratingOrg(round, kind, input.raterId);
    const ballot = tx.insert('evaluationBallots', {
      ...input,
      ...(memberId !== undefined && { memberId }),
      ...(raterOrgId !== undefined && { raterOrgId }),
      submittedAt: ctx.now,
    });
    tx.emit({
      type: 'evaluation.rated',
      subject: roundSubject(round.id),
      data: { raterKind: kind.kind, marks: ballot.marks.length },
    });
    return ballot;
  },
});
