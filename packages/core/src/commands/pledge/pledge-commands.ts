import { shanghaiDate } from '../../calendar/instant.js';
import { pledgeTransition, type PledgeEvent } from '../../engines/pledges/pledge-machine.js';
import { pledgeRules } from '../../engines/pledges/rules.js';
import { defineCommand, type CommandContext } from '../../kernel/command.js';
import { refuse, type CatalogueRule } from '../../kernel/rule.js';
import type { Transaction } from '../../kernel/transaction.js';
import { IdSchema, TextSchema } from '../../schema/common.js';
import { PledgeAssessmentSchema, PledgeFulfilmentSchema, PledgeSchema, type Pledge } from '../../schema/pledge.js';
import { holdersOf } from '../../schema/post.js';
import { z } from '../../schema/zod.js';

const subjectOf = (input: { pledgeId: string }) => ({ collection: 'pledges', id: input.pledgeId });
const today = (ctx: CommandContext): string => shanghaiDate(ctx.now, 'now');

/** Runs one step of the pure machine on a stored pledge; a refused step is a typed error naming its rule. */
function step(tx: Transaction, pledgeId: string, event: PledgeEvent): Pledge {
  const pledge = tx.require('pledges', pledgeId, 'pledgeId');
  const result = pledgeTransition(pledge, event);
  if (!result.ok) {
    // `PledgeRefusal` pairs each rule with its parameters where the machine builds it.
    const { rule, params } = result.refusal;
    throw refuse(rule as CatalogueRule, { collection: 'pledges', id: pledgeId }, 'pledgeId', params as never);
  }
  return tx.update('pledges', pledgeId, (draft) => Object.assign(draft, result.pledge));
}

/**
 * 依岗承诺: a member promises something by a day, on a post they hold or on their own. Whose name
 * a pledge is made in is the policy's to decide (members act on their own pledges by self scope,
 * a branch records its members'), as for every other record about a member.
 */
export const makePledge = defineCommand({
  type: 'pledge.make',
  input: PledgeSchema.pick({ id: true, memberId: true, postId: true, text: true, dueOn: true }),
  subject: (input) => ({ collection: 'pledges', id: input.id }),
  run(tx, input, ctx) {
    const subject = { collection: 'pledges', id: input.id };
    const member = tx.require('members', input.memberId, 'memberId');
    const post = input.postId === undefined ? undefined : tx.require('posts', input.postId, 'postId');
    if (post && !holdersOf(post).includes(input.memberId)) {
      throw refuse(pledgeRules.onHeldPost, subject, 'postId', { post: post.name });
    }
    const madeOn = today(ctx);
    if (input.dueOn < madeOn)
      throw refuse(pledgeRules.dueNotBeforeMade, subject, 'dueOn', { dueOn: input.dueOn, madeOn });
    const pledge = tx.insert('pledges', {
      ...input,
      memberName: member.name,
      orgId: post?.orgId ?? member.managingOrgId,
      madeOn,
      state: 'made',
    });
    tx.emit({
      type: 'pledge.made',
      subject,
      data: { pledgeId: pledge.id, memberId: pledge.memberId, dueOn: pledge.dueOn },
    });
    return pledge;
  },
});

/** The member reports how the promise was kept, with evidence (words, links to photos or records). */
export const reportPledgeFulfilment = defineCommand({
  type: 'pledge.reportFulfilment',
  input: z.object({
    pledgeId: IdSchema,
    evidence: PledgeFulfilmentSchema.shape.evidence,
    links: PledgeFulfilmentSchema.shape.links,
  }),
  subject: subjectOf,
  run(tx, { pledgeId, evidence, links }, ctx) {
    const reportedOn = today(ctx);
    const pledge = step(tx, pledgeId, { type: 'report', on: reportedOn, evidence, links });
    tx.emit({
      type: 'pledge.fulfilmentReported',
      subject: subjectOf({ pledgeId }),
      data: { pledgeId, memberId: pledge.memberId, reportedOn },
    });
    return pledge;
  },
});

/** 评诺: the branch assesses a pledge — kept, partly kept or not kept — with a comment. */
export const assessPledge = defineCommand({
  type: 'pledge.assess',
  input: z.object({
    pledgeId: IdSchema,
    outcome: PledgeAssessmentSchema.shape.outcome,
    comment: PledgeAssessmentSchema.shape.comment,
  }),
  subject: subjectOf,
  run(tx, { pledgeId, outcome, comment }, ctx) {
    const assessedOn = today(ctx);
    const pledge = step(tx, pledgeId, {
      type: 'assess',
      on: assessedOn,
      by: ctx.actor.id,
      outcome,
      ...(comment !== undefined && { comment }),
    });
    tx.emit({
      type: 'pledge.assessed',
      subject: subjectOf({ pledgeId }),
      data: { pledgeId, memberId: pledge.memberId, outcome, assessedOn },
    });
    return pledge;
  },
});

/** The member takes a pledge back before it is assessed, with the reason. */
export const withdrawPledge = defineCommand({
  type: 'pledge.withdraw',
  input: z.object({ pledgeId: IdSchema, reason: TextSchema.trim().min(1).max(200).optional() }),
  subject: subjectOf,
  run(tx, { pledgeId, reason }, ctx) {
    const withdrawnOn = today(ctx);
    const pledge = step(tx, pledgeId, { type: 'withdraw', on: withdrawnOn, ...(reason !== undefined && { reason }) });
    tx.emit({
      type: 'pledge.withdrawn',
      subject: subjectOf({ pledgeId }),
      data: { pledgeId, memberId: pledge.memberId, withdrawnOn },
    });
    return pledge;
  },
});

export const pledgeCommands = [makePledge, reportPledgeFulfilment, assessPledge, withdrawPledge] as const;
