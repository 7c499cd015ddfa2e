import type { Snapshot } from '../../kernel/snapshot.js';
import type { DuesLine, DuesMonth, DuesPayment, DuesPeriod, DuesRelief, DuesStandard } from '../../schema/dues.js';

/** The dues collections the cycle's engines read: the opened months and the payments. */
export type DuesTables = Pick<Snapshot, 'duesMonths' | 'duesPayments'>;

/** Where one member's line of one month stands. `exempt`: nothing is due (an approved exemption). */
export type DuesLineState = 'paid' | 'deferred' | 'unpaid' | 'exempt';

/** The standard in force for a month: the latest one starting at or before it (第十条). */
export function standardFor(
  snapshot: Pick<Snapshot, 'duesStandards'>,
  memberId: string,
  period: DuesPeriod,
): DuesStandard | undefined {
  let best: DuesStandard | undefined;
  for (const standard of snapshot.duesStandards.values()) {
    if (standard.memberId !== memberId || standard.from > period) continue;
    if (!best || standard.from > best.from || (standard.from === best.from && standard.setOn >= best.setOn))
      best = standard;
  }
  return best;
}

/** The approved relief covering a month, if any: a proposal not yet approved changes nothing. */
export function reliefFor(
  snapshot: Pick<Snapshot, 'duesReliefs'>,
  memberId: string,
  period: DuesPeriod,
): DuesRelief | undefined {
  let best: DuesRelief | undefined;
  for (const relief of snapshot.duesReliefs.values()) {
    if (relief.memberId !== memberId || relief.state !== 'approved') continue;
    if (relief.from > period || (relief.to !== undefined && relief.to < period)) continue;
    if (!best || relief.from > best.from) best = relief;
  }
  return best;
}

/** The payment of a member's line in a month, if made (on or before `asOf`, when given). */
export function paymentOf(
  snapshot: Pick<Snapshot, 'duesPayments'>,
  monthId: string,
  memberId: string,
  asOf?: string,
): DuesPayment | undefined {
  for (const payment of snapshot.duesPayments.values()) {
    if (payment.monthId !== monthId || payment.memberId !== memberId) continue;
    if (asOf === undefined || payment.paidOn <= asOf) return payment;
  }
  return undefined;
}

export function lineState(line: DuesLine, payment: DuesPayment | undefined): DuesLineState {
  if (payment) return 'paid';
  if (line.dueFen === 0) return 'exempt';
  return line.deferral ? 'deferred' : 'unpaid';
}

/** One month's line of a member, where it stands. */
export interface MemberLine {
  readonly month: DuesMonth;
  readonly line: DuesLine;
  readonly payment: DuesPayment | undefined;
  readonly state: DuesLineState;
}

/** Every line of a member across opened months, oldest first. */
export function memberLines(snapshot: DuesTables, memberId: string, asOf?: string): MemberLine[] {
  const found: MemberLine[] = [];
  for (const month of snapshot.duesMonths.values()) {
    const line = month.lines.find((each) => each.memberId === memberId);
    if (!line) continue;
    const payment = paymentOf(snapshot, month.id, memberId, asOf);
    found.push({ month, line, payment, state: lineState(line, payment) });
  }
  return found.sort((a, b) => (a.month.period < b.month.period ? -1 : a.month.period > b.month.period ? 1 : 0));
}

/** The months a member still owes (unpaid or deferred): what a transfer out waits for. */
export function owedLines(snapshot: DuesTables, memberId: string): MemberLine[] {
  return memberLines(snapshot, memberId).filter((entry) => entry.state === 'unpaid' || entry.state === 'deferred');
}
