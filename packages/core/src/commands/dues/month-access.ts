import { refuse, type CatalogueRule } from '../../kernel/rule.js';
import type { Message } from '../../i18n/define-messages.js';
import type { Transaction } from '../../kernel/transaction.js';
import type { DuesLine, DuesMonth, DuesPayment } from '../../schema/dues.js';
import type { LocalizedText } from '../../i18n/locale.js';
import { duesRules } from './rules.js';

const stateNames: Readonly<Record<DuesMonth['state'], LocalizedText>> = {
  collecting: { 'zh-CN': '收缴中', en: 'collecting' },
  reported: { 'zh-CN': '上报', en: 'reported' },
  settled: { 'zh-CN': '结算', en: 'settled' },
};

export const monthStateName = (state: DuesMonth['state']): LocalizedText => stateNames[state];

/** The member's line of the month, or a refusal naming the month. */
export function requireLine(tx: Transaction, month: DuesMonth, memberId: string): DuesLine {
  tx.require('members', memberId, 'memberId');
  const line = month.lines.find((each) => each.memberId === memberId);
  if (!line) {
    throw refuse(duesRules.onList, { collection: 'duesMonths', id: month.id }, 'memberId', { period: month.period });
  }
  return line;
}

/** Refuses once the month has been reported: what the branch reported stays as reported. */
export function requireCollecting(month: DuesMonth): void {
  if (month.state !== 'collecting') {
    throw refuse(duesRules.collecting, { collection: 'duesMonths', id: month.id }, 'monthId', {
      period: month.period,
      state: stateNames[month.state],
    });
  }
}

/**
 * A month's payments by member, from the month index of the payments: what a command reads is the
 * month's 40 lines, never a pass over every payment of the tenant's history.
 */
export function paymentsOf(tx: Transaction, monthId: string): ReadonlyMap<string, DuesPayment> {
  const payments = tx.idsWhere('duesPayments', ['monthId'], monthId).map((id) => tx.get('duesPayments', id)!);
  return new Map(payments.map((payment) => [payment.memberId, payment]));
}

/** Refuses when the line is already paid. */
export function requireUnpaid(
  tx: Transaction,
  month: DuesMonth,
  memberId: string,
  rule: CatalogueRule<Message<string, 'period'>>,
): void {
  if (paymentsOf(tx, month.id).has(memberId)) {
    throw refuse(rule, { collection: 'duesMonths', id: month.id }, 'memberId', { period: month.period });
  }
}
