import { RuleViolationError } from '../../kernel/errors.js';
import type { Transaction } from '../../kernel/transaction.js';

/** One citizen, one record: refuses an ID number another member already holds. */
export function assertIdNumberFree(tx: Transaction, idNumber: string | undefined, memberId: string): void {
  if (idNumber === undefined) return;
  const holder = tx.findUnique('members', 'idNumber', idNumber);
  if (holder === undefined || holder === memberId) return;
  throw new RuleViolationError({
    code: 'member.duplicateIdNumber',
    params: { other: tx.get('members', holder)?.name ?? holder },
    rule: { id: 'member.uniqueIdNumber' },
    subject: { collection: 'members', id: memberId },
    field: 'idNumber',
  });
}
