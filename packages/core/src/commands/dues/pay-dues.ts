import { shanghaiDate } from '../../calendar/instant.js';
import { defineCommand } from '../../kernel/command.js';
import { refuse } from '../../kernel/rule.js';
import { IdSchema, IsoDateSchema } from '../../schema/common.js';
import { DuesMethodSchema, DuesPayerSchema, FenSchema } from '../../schema/dues.js';
import { z } from '../../schema/zod.js';
import { collectingBranchOf } from './dues-orgs.js';
import { requireLine, requireUnpaid } from './month-access.js';
import { duesRules } from './rules.js';

/**
 * 交纳党费 for one month: by the member or by proxy (代缴, 第十二条), in cash or online with its
 * reference. In full; anything above the due is voluntary extra (第十一条). A deferred month paid
 * later is a back-payment: credited to the branch collecting it now, in the month it is paid.
 * Reported months take only such back-payments (every other line of theirs is paid already).
 */
export const payDues = defineCommand({
  type: 'dues.pay',
  input: z.object({
    id: IdSchema,
    monthId: IdSchema,
    memberId: IdSchema,
    amountFen: FenSchema,
    paidOn: IsoDateSchema,
    payer: DuesPayerSchema,
    method: DuesMethodSchema,
  }),
  subject: (input) => ({ collection: 'duesMonths', id: input.monthId }),
  run(tx, { id, monthId, memberId, amountFen, paidOn, payer, method }) {
    const month = tx.require('duesMonths', monthId, 'monthId');
    const line = requireLine(tx, month, memberId);
    requireUnpaid(tx, month, memberId, duesRules.paidOnce);
    if (amountFen < line.dueFen) {
      throw refuse(duesRules.fullAmount, { collection: 'duesMonths', id: monthId }, 'amountFen', {
        due: line.dueFen,
        paid: amountFen,
      });
    }
    const member = tx.require('members', memberId, 'memberId');
    const collector = collectingBranchOf(tx, member.relationOrgId)?.id ?? month.orgId;
    const payment = tx.insert('duesPayments', {
      id,
      monthId,
      memberId,
      amountFen,
      extraFen: amountFen - line.dueFen,
      paidOn,
      collectedByOrgId: collector,
      creditPeriod: shanghaiDate(paidOn, 'paidOn').slice(0, 7),
      payer,
      method,
    });
    tx.update('members', memberId, (draft) => {
      if (!draft.lastDuesPaidOn || draft.lastDuesPaidOn < paidOn) draft.lastDuesPaidOn = paidOn;
    });
    tx.emit({
      type: 'dues.paid',
      subject: { collection: 'duesPayments', id },
      data: { monthId, memberId, amountFen, backPayment: line.deferral !== undefined, collectedByOrgId: collector },
    });
    return payment;
  },
});
