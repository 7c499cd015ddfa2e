import { defineCommand } from '../../kernel/command.js';
import { refuse } from '../../kernel/rule.js';
import type { Transaction } from '../../kernel/transaction.js';
import { IdSchema, TextSchema } from '../../schema/common.js';
import type { Meeting, ReviewState } from '../../schema/meeting.js';
import { z } from '../../schema/zod.js';
import { reviewStateLabels } from './messages.js';
import { meetingRules } from './rules.js';

const subjectOf = (input: { meetingId: string }) => ({ collection: 'meetings', id: input.meetingId });

function stateOf(meeting: Meeting): ReviewState | 'none' {
  return meeting.review?.state ?? 'none';
}

/** Sets the review step, with who took it and when (the command's own clock). */
function review(tx: Transaction, meeting: Meeting, step: ReviewStep, at: string) {
  const { state, by } = step;
  const reviewed = tx.update('meetings', meeting.id, (draft) => {
    draft.review = { state, at, by, ...(step.state === 'returned' && { reason: step.reason }) };
  });
  const subject = { collection: 'meetings', id: meeting.id };
  if (step.state === 'returned') tx.emit({ type: 'meeting.returned', subject, data: { by, reason: step.reason } });
  else tx.emit({ type: `meeting.${step.state}`, subject, data: { by } });
  return reviewed;
}

type ReviewStep =
  | { readonly state: 'submitted' | 'approved'; readonly by: string }
  | { readonly state: 'returned'; readonly by: string; readonly reason: string };

/** A higher org decides: the org that held the meeting never approves its own record. */
function assertReviewable(tx: Transaction, meeting: Meeting, actorOrgId: string | undefined): void {
  const subject = { collection: 'meetings', id: meeting.id };
  if (stateOf(meeting) !== 'submitted') {
    throw refuse(meetingRules.decideSubmitted, subject, 'meetingId', {
      topic: meeting.topic,
      state: reviewStateLabels[stateOf(meeting)],
    });
  }
  if (actorOrgId === meeting.orgId) {
    throw refuse(meetingRules.higherOrgReviews, subject, 'meetingId', { topic: meeting.topic });
  }
}

/** The branch submits a record to the higher org (first time, or again after it was returned). */
export const submitMeeting = defineCommand({
  type: 'meeting.submit',
  input: z.object({ meetingId: IdSchema }),
  subject: subjectOf,
  run(tx, { meetingId }, ctx) {
    const meeting = tx.require('meetings', meetingId, 'meetingId');
    const state = stateOf(meeting);
    if (state !== 'none' && state !== 'returned') {
      const subject = { collection: 'meetings', id: meetingId };
      throw refuse(meetingRules.submitOnce, subject, 'meetingId', {
        topic: meeting.topic,
        state: reviewStateLabels[state],
      });
    }
    return review(tx, meeting, { state: 'submitted', by: ctx.actor.id }, ctx.now);
  },
});

/** The higher org approves a submitted record: where a portal turns review on, only these count. */
export const approveMeeting = defineCommand({
  type: 'meeting.approve',
  input: z.object({ meetingId: IdSchema }),
  subject: subjectOf,
  run(tx, { meetingId }, ctx) {
    const meeting = tx.require('meetings', meetingId, 'meetingId');
    assertReviewable(tx, meeting, ctx.actor.orgId);
    return review(tx, meeting, { state: 'approved', by: ctx.actor.id }, ctx.now);
  },
});

/** The higher org returns a submitted record with the reason; the branch corrects and submits again. */
export const returnMeeting = defineCommand({
  type: 'meeting.return',
  input: z.object({ meetingId: IdSchema, reason: TextSchema.trim().min(1).max(200) }),
  subject: subjectOf,
  run(tx, { meetingId, reason }, ctx) {
    const meeting = tx.require('meetings', meetingId, 'meetingId');
    assertReviewable(tx, meeting, ctx.actor.orgId);
    return review(tx, meeting, { state: 'returned', by: ctx.actor.id, reason }, ctx.now);
  },
});
