import { idsWhere } from '../../kernel/group-index.js';
import type { PersistentMap } from '../../kernel/persistent-map.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import type { DuesLine, DuesMonth, DuesPayment, DuesPeriod, DuesRelief, DuesStandard } from '../../schema/dues.js';

/** The dues collections the cycle's engines read: the opened months and the payments. */
export type DuesTables = Pick<Snapshot, 'duesMonths' | 'duesPayments'>;

/** Where one member's line of one month stands. `exempt`: nothing is due (an approved exemption). */
export type DuesLineState = 'paid' | 'deferred' | 'unpaid' | 'exempt';

/** A member's records of a table, from its member index: never a pass over every member's. */
function heldBy<V extends { readonly memberId: string }>(table: PersistentMap<V>, memberId: string): V[] {
  return idsWhere(table as PersistentMap<object>, ['memberId'], memberId).map((id) => table.get(id)!);
}

/** The standard in force for a month: the latest one starting at or before it (第十条). */
export function standardFor(
  snapshot: Pick<Snapshot, 'duesStandards'>,
  memberId: string,
  period: DuesPeriod,
): DuesStandard | undefined {
  let best: DuesStandard | undefined;
  for (const standard of heldBy(snapshot.duesStandards, memberId)) {
    if (standard.from > period) continue;
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
  for (const relief of heldBy(snapshot.duesReliefs, memberId)) {
    if (relief.state !== 'approved') continue;
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
  const payments = paymentsByLine(snapshot).get(lineKey(monthId, memberId)) ?? [];
  return payments.find((payment) => asOf === undefined || payment.paidOn <= asOf);
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

type LinesByMember = ReadonlyMap<string, readonly { readonly month: DuesMonth; readonly line: DuesLine }[]>;
type PaymentsByLine = ReadonlyMap<string, readonly DuesPayment[]>;

const lineKey = (monthId: string, memberId: string): string => `${monthId}\u0000${memberId}`;

/**
 * Built once per table (a street's status findings read every member's lines): the lines from the
 * months, the payments by month and member. Each is keyed on its own table, so a payment does not
 * re-read every month's lines.
 */
const lineIndexes = new WeakMap<object, LinesByMember>();
const paymentIndexes = new WeakMap<object, PaymentsByLine>();

function linesByMember(snapshot: Pick<Snapshot, 'duesMonths'>): LinesByMember {
  const cached = lineIndexes.get(snapshot.duesMonths);
  if (cached) return cached;
  const index = new Map<string, { month: DuesMonth; line: DuesLine }[]>();
  for (const month of snapshot.duesMonths.values()) {
    for (const line of month.lines) {
      const lines = index.get(line.memberId);
      if (lines) lines.push({ month, line });
      else index.set(line.memberId, [{ month, line }]);
    }
  }
  lineIndexes.set(snapshot.duesMonths, index);
  return index;
}

function paymentsByLine(snapshot: Pick<Snapshot, 'duesPayments'>): PaymentsByLine {
  const cached = paymentIndexes.get(snapshot.duesPayments);
  if (cached) return cached;
  const index = new Map<string, DuesPayment[]>();
  for (const payment of snapshot.duesPayments.values()) {
    const key = lineKey(payment.monthId, payment.memberId);
    const payments = index.get(key);
    if (payments) payments.push(payment);
    else index.set(key, [payment]);
  }
  paymentIndexes.set(snapshot.duesPayments, index);
  return index;
}

/** Every line of a member across opened months, oldest first; payments after `asOf` not counted. */
export function memberLines(snapshot: DuesTables, memberId: string, asOf?: string): MemberLine[] {
  return (linesByMember(snapshot).get(memberId) ?? [])
    .map(({ month, line }) => {
      const payment = paymentOf(snapshot, month.id, memberId, asOf);
      return { month, line, payment, state: lineState(line, payment) };
    })
    .sort((a, b) => (a.month.period < b.month.period ? -1 : a.month.period > b.month.period ? 1 : 0));
}

/** The months a member still owes (unpaid or deferred): what a transfer out waits for. */
export function owedLines(snapshot: DuesTables, memberId: string): MemberLine[] {
  return memberLines(snapshot, memberId).filter((entry) => entry.state === 'unpaid' || entry.state === 'deferred');
}
