import { refuse } from '../../kernel/rule.js';
import type { Transaction } from '../../kernel/transaction.js';
import { memberRules } from './rules.js';

/** One citizen, one record: refuses an ID number another member already holds. */
export function assertIdNumberFree(tx: Transaction, idNumber: string | undefined, memberId: string): void {
  if (idNumber === undefined) return;
  const holder = tx.findUnique('members', 'idNumber', idNumber);
  if (holder === undefined || holder === memberId) return;
  const other = tx.get('members', holder)?.name ?? holder;
  throw refuse(memberRules.uniqueIdNumber, { collection: 'members', id: memberId }, 'idNumber', { other });
}
