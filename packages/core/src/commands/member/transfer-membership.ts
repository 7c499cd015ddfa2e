import { IdSchema, IsoDateSchema, TextSchema } from '../../schema/common.js';
import { z } from '../../schema/zod.js';
import { refuseWhileDuesOwed } from '../dues/transfer-guard.js';
import { defineMemberCommand } from './member-update.js';

/**
 * 组织关系转接 with the introduction letter's number: `within` moves membership to another org of
 * the tenant; `out` records the member as transferred out (kept, never deleted). A transfer in
 * is `registerMember` followed by this with `direction: 'in'`, which records the letter.
 */
export const transferMembership = defineMemberCommand({
  type: 'member.transfer',
  event: 'member.transferred',
  fields: {
    direction: z.enum(['in', 'out', 'within']),
    letterNo: TextSchema.trim().min(1).max(50),
    on: IsoDateSchema,
    toOrgId: IdSchema.optional(),
    counterpart: TextSchema.max(100).optional(),
  },
  check(tx, member, { direction, toOrgId }) {
    if (direction === 'within') tx.require('orgs', toOrgId ?? '', 'toOrgId');
    if (direction !== 'in') refuseWhileDuesOwed(tx, member);
  },
  apply(draft, { direction, letterNo, on, toOrgId, counterpart }) {
    draft.lastTransfer = { direction, letterNo, on, ...(counterpart && { counterpart }) };
    if (direction === 'within' && toOrgId) {
      if (draft.managingOrgId === draft.relationOrgId) draft.managingOrgId = toOrgId;
      draft.relationOrgId = toOrgId;
    }
    if (direction === 'out') {
      draft.status = 'transferredOut';
      draft.statusSince = on;
    }
  },
});
