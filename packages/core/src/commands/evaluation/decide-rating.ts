import { ratingLabels } from '../../engines/evaluations/labels.js';
import { evaluationRules as rules } from '../../engines/evaluations/rules.js';
import { scoreSubject } from '../../engines/evaluations/scoring.js';
import { defineCommand } from '../../kernel/command.js';
import { refuse } from '../../kernel/rule.js';
import { IdSchema, IsoDateSchema, TextSchema } from '../../schema/common.js';
import { ratings } from '../../schema/evaluation-scheme.js';
import { z } from '../../schema/zod.js';
import { ballotsOf } from './close-evaluation.js';
import { ratedParticipant, roundFor, roundSubject, subjectName } from './round-access.js';

/**
 * The org's rating of one subject after the round closed: the computed band, or another with the
 * reason (the committee or assembly proposes a rating from the results and day-to-day conduct).
 */
export const decideRating = defineCommand({
  type: 'evaluation.decide',
  input: z.object({
    evaluationId: IdSchema,
    subjectId: IdSchema,
    rating: z.enum(ratings),
    reason: TextSchema.trim().min(1).max(300).optional(),
  }),
  subject: (input) => roundSubject(input.evaluationId),
  run(tx, input, ctx) {
    const round = roundFor(tx, input.evaluationId, 'decide', 'closed');
    ratedParticipant(tx, round, input.subjectId, 'subjectId');
    // A secretary is usually rated in the same round: their own rating is decided by others.
    if (round.scheme.subjectKind === 'member' && ctx.actor.memberId === input.subjectId) {
      const params = { subject: subjectName(tx, round, input.subjectId) };
      throw refuse(rules.notForSelf, roundSubject(round.id), 'subjectId', params);
    }
    const { computed } = scoreSubject(round.scheme, input.subjectId, ballotsOf(tx, round));
    const overridden = input.rating !== computed;
    if (overridden && input.reason === undefined) {
      const params = {
        subject: subjectName(tx, round, input.subjectId),
        rating: ratingLabels[input.rating],
        computed: computed === undefined ? '—' : ratingLabels[computed],
      };
      throw refuse(rules.overrideNeedsReason, roundSubject(round.id), 'reason', params);
    }
    const decision = {
      subjectId: input.subjectId,
      rating: input.rating,
      ...(computed !== undefined && { computed }),
      ...(input.reason !== undefined && { reason: input.reason }),
      decidedAt: ctx.now,
      decidedBy: ctx.actor.id,
    };
    const decided = tx.update('evaluations', round.id, (draft) => {
      draft.decisions = [...draft.decisions.filter((each) => each.subjectId !== input.subjectId), decision];
    });
    tx.emit({
      type: 'evaluation.decided',
      subject: roundSubject(round.id),
      data: { subjectId: input.subjectId, rating: input.rating, overridden },
    });
    return decided;
  },
});

/** Records a follow-up the subject's rating calls for (a talk, a deadline to correct), with the day it was done. */
export const recordFollowUp = defineCommand({
  type: 'evaluation.recordFollowUp',
  input: z.object({
    evaluationId: IdSchema,
    subjectId: IdSchema,
    followUp: IdSchema,
    doneOn: IsoDateSchema,
    note: TextSchema.max(300).optional(),
  }),
  subject: (input) => roundSubject(input.evaluationId),
  run(tx, input) {
    const round = roundFor(tx, input.evaluationId, 'followUp', 'closed');
    ratedParticipant(tx, round, input.subjectId, 'subjectId');
    const decision = round.decisions.find((each) => each.subjectId === input.subjectId);
    const named = decision && (round.scheme.followUps[decision.rating] ?? []).some((f) => f.id === input.followUp);
    if (!named) {
      const params = {
        subject: subjectName(tx, round, input.subjectId),
        rating: decision ? ratingLabels[decision.rating] : '—',
        followUp: input.followUp,
      };
      throw refuse(rules.followUpOfRating, roundSubject(round.id), 'followUp', params);
    }
    const record = {
      subjectId: input.subjectId,
      followUp: input.followUp,
      doneOn: input.doneOn,
      ...(input.note !== undefined && { note: input.note }),
    };
    const updated = tx.update('evaluations', round.id, (draft) => {
      const others = draft.followUps.filter((f) => f.subjectId !== input.subjectId || f.followUp !== input.followUp);
      draft.followUps = [...others, record];
    });
    tx.emit({
      type: 'evaluation.followedUp',
      subject: roundSubject(round.id),
      data: { subjectId: input.subjectId, followUp: input.followUp, doneOn: input.doneOn },
    });
    return updated;
  },
});
