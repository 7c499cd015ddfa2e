import { duesAmount } from '../../engines/dues/dues-amount.js';
import { defineCommand } from '../../kernel/command.js';
import { DuesStandardSchema } from '../../schema/dues.js';

/**
 * 核定党费标准: a member's category and monthly base (or a farmer's amount) from a month on. The
 * amount is computed now, so a standard the schedule cannot price (no base, a farmer's amount
 * outside 0.2–1 元) is refused here rather than when a month opens.
 */
export const setDuesStandard = defineCommand({
  type: 'dues.setStandard',
  input: DuesStandardSchema,
  subject: (input) => ({ collection: 'members', id: input.memberId }),
  run(tx, standard) {
    tx.require('members', standard.memberId, 'memberId');
    const amount = duesAmount({
      category: standard.category,
      ...(standard.baseFen !== undefined && { baseFen: standard.baseFen }),
      ...(standard.fixedFen !== undefined && { fixedFen: standard.fixedFen }),
    });
    const saved = tx.insert('duesStandards', standard);
    tx.emit({
      type: 'dues.standardSet',
      subject: { collection: 'duesStandards', id: standard.id },
      data: { memberId: standard.memberId, from: standard.from, amountFen: amount.amountFen },
    });
    return saved;
  },
});
