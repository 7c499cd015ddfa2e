import { defineCommand } from '../../kernel/command.js';
import { refuse } from '../../kernel/rule.js';
import { DuesReliefSchema } from '../../schema/dues.js';
import { IdSchema, IsoDateSchema, TextSchema } from '../../schema/common.js';
import { z } from '../../schema/zod.js';
import { collectingBranchOf, requireHigher } from './dues-orgs.js';
import { duesMessages } from '../../engines/dues/messages.js';
import { schemaIssue } from '../../schema/schema-issue.js';
import { duesRules } from './rules.js';

/**
 * 少交或免交党费, as the branch decided it (第七条): recorded as proposed; nothing changes in what
 * the member owes until the higher committee approves.
 */
export const proposeDuesRelief = defineCommand({
  type: 'dues.proposeRelief',
  input: DuesReliefSchema.omit({ state: true, decision: true }).refine(
    (relief) => relief.to === undefined || relief.to >= relief.from,
    { path: ['to'], ...schemaIssue(duesMessages.reliefPeriod) },
  ),
  subject: (input) => ({ collection: 'members', id: input.memberId }),
  run(tx, input) {
    tx.require('members', input.memberId, 'memberId');
    if ((input.kind === 'reduce') !== (input.amountFen !== undefined)) {
      throw refuse(duesRules.reliefAmount, { collection: 'duesReliefs', id: input.id }, 'amountFen');
    }
    const relief = tx.insert('duesReliefs', { ...input, state: 'proposed' });
    tx.emit({
      type: 'dues.reliefProposed',
      subject: { collection: 'duesReliefs', id: input.id },
      data: { memberId: input.memberId, kind: input.kind },
    });
    return relief;
  },
});

/** The higher committee approves or rejects a branch's relief decision (第七条), once. */
export const decideDuesRelief = defineCommand({
  type: 'dues.decideRelief',
  input: z.object({
    reliefId: IdSchema,
    decision: z.enum(['approve', 'reject']),
    on: IsoDateSchema,
    byOrgId: IdSchema,
    reason: TextSchema.max(200).optional(),
  }),
  subject: (input) => ({ collection: 'duesReliefs', id: input.reliefId }),
  run(tx, { reliefId, decision, on, byOrgId, reason }) {
    const relief = tx.require('duesReliefs', reliefId, 'reliefId');
    if (relief.state !== 'proposed') {
      throw refuse(duesRules.reliefDecided, { collection: 'duesReliefs', id: reliefId }, 'reliefId', {
        state: relief.state === 'approved' ? { 'zh-CN': '批准', en: 'approved' } : { 'zh-CN': '驳回', en: 'rejected' },
      });
    }
    const member = tx.require('members', relief.memberId, 'reliefId');
    const branch = collectingBranchOf(tx, member.relationOrgId);
    if (branch) requireHigher(tx, branch, byOrgId, 'byOrgId');
    const decided = tx.update('duesReliefs', reliefId, (draft) => {
      draft.state = decision === 'approve' ? 'approved' : 'rejected';
      draft.decision = { on, byOrgId, ...(reason !== undefined && { reason }) };
    });
    tx.emit({
      type: 'dues.reliefDecided',
      subject: { collection: 'duesReliefs', id: reliefId },
      data: { memberId: relief.memberId, decision },
    });
    return decided;
  },
});
