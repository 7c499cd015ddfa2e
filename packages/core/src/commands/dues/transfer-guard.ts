import { owedLines } from '../../engines/dues/dues-ledger.js';
import { refuse } from '../../kernel/rule.js';
import type { Transaction } from '../../kernel/transaction.js';
import type { Member } from '../../schema/member.js';
import { duesRules } from './rules.js';

/**
 * A member leaving the branch (transfer out, or within the tenant to another org) settles owed
 * dues first — unpaid and deferred months alike — since the letter records dues paid up to a month.
 */
export function refuseWhileDuesOwed(tx: Transaction, member: Member): void {
  const owed = owedLines(tx.snapshot, member.id);
  if (owed.length === 0) return;
  throw refuse(duesRules.transferPaid, { collection: 'members', id: member.id }, 'memberId', {
    name: member.name,
    periods: owed.map((entry) => entry.month.period).join('、'),
  });
}
