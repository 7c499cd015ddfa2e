import { defineCommand } from '../../kernel/command.js';
import { IdSchema, IsoDateSchema, TextSchema } from '../../schema/common.js';
import { z } from '../../schema/zod.js';
import { duesRules } from './rules.js';
import { requireCollecting, requireLine, requireUnpaid } from './month-access.js';

/** 缓交: the branch agrees, with a reason, that a member pays this month's dues later (as a back-payment). */
export const deferDues = defineCommand({
  type: 'dues.defer',
  input: z.object({
    monthId: IdSchema,
    memberId: IdSchema,
    reason: TextSchema.trim().min(1).max(200),
    agreedOn: IsoDateSchema,
  }),
  subject: (input) => ({ collection: 'duesMonths', id: input.monthId }),
  run(tx, { monthId, memberId, reason, agreedOn }) {
    const month = tx.require('duesMonths', monthId, 'monthId');
    requireCollecting(month);
    requireLine(tx, month, memberId);
    requireUnpaid(tx, month, memberId, duesRules.deferOwed);
    const updated = tx.update('duesMonths', monthId, (draft) => {
      const line = draft.lines.find((each) => each.memberId === memberId)!;
      line.deferral = { reason, agreedOn };
    });
    tx.emit({ type: 'dues.deferred', subject: { collection: 'duesMonths', id: monthId }, data: { memberId } });
    return updated;
  },
});
