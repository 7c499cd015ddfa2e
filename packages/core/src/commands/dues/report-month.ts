import { lineState } from '../../engines/dues/dues-ledger.js';
import { defineCommand } from '../../kernel/command.js';
import { refuse } from '../../kernel/rule.js';
import { IdSchema, IsoDateSchema } from '../../schema/common.js';
import { z } from '../../schema/zod.js';
import { collectingBranchOf, requireHigher } from './dues-orgs.js';
import { paymentsOf, requireCollecting } from './month-access.js';
import { duesRules } from './rules.js';

/** 上报: the branch closes its month once every member has paid or been granted a deferral. */
export const reportDuesMonth = defineCommand({
  type: 'dues.report',
  input: z.object({ monthId: IdSchema, on: IsoDateSchema }),
  subject: (input) => ({ collection: 'duesMonths', id: input.monthId }),
  run(tx, { monthId, on }) {
    const month = tx.require('duesMonths', monthId, 'monthId');
    requireCollecting(month);
    const payments = paymentsOf(tx, monthId);
    const owing = month.lines.filter((line) => lineState(line, payments.get(line.memberId)) === 'unpaid');
    if (owing.length > 0) {
      throw refuse(duesRules.reportWhenPaid, { collection: 'duesMonths', id: monthId }, 'monthId', {
        count: owing.length,
        period: month.period,
      });
    }
    const reported = tx.update('duesMonths', monthId, (draft) => {
      draft.state = 'reported';
      draft.reportedOn = on;
    });
    tx.emit({
      type: 'dues.reported',
      subject: { collection: 'duesMonths', id: monthId },
      data: { period: month.period },
    });
    return reported;
  },
});

/** 结算: a higher org settles a month its branch reported. */
export const settleDuesMonth = defineCommand({
  type: 'dues.settle',
  input: z.object({ monthId: IdSchema, on: IsoDateSchema, byOrgId: IdSchema }),
  subject: (input) => ({ collection: 'duesMonths', id: input.monthId }),
  run(tx, { monthId, on, byOrgId }) {
    const month = tx.require('duesMonths', monthId, 'monthId');
    if (month.state !== 'reported') {
      throw refuse(duesRules.settleReported, { collection: 'duesMonths', id: monthId }, 'monthId', {
        period: month.period,
      });
    }
    const branch = collectingBranchOf(tx, month.orgId);
    if (branch) requireHigher(tx, branch, byOrgId, 'byOrgId');
    const settled = tx.update('duesMonths', monthId, (draft) => {
      draft.state = 'settled';
      draft.settled = { on, byOrgId };
    });
    tx.emit({
      type: 'dues.settled',
      subject: { collection: 'duesMonths', id: monthId },
      data: { period: month.period, byOrgId },
    });
    return settled;
  },
});
