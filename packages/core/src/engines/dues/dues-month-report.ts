import type { Finding } from '../../kernel/finding.js';
import { finding } from '../../kernel/rule.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import type { DuesMonth, DuesPayment } from '../../schema/dues.js';
import type { EngineReport } from '../engine-report.js';
import { lineState, paymentOf, type DuesLineState, type DuesTables } from './dues-ledger.js';
import { officialDuesSchedule } from './dues-schedule.js';
import { duesReportRules } from './report-rules.js';

const monthIndex = (period: string): number => Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;

/** 补交 generally within six months (第十二条, 一般): a later back-payment is noted, not refused. */
function lateBackPayment(month: DuesMonth, payment: DuesPayment, name: string): Finding | undefined {
  const limit = officialDuesSchedule.backPaymentMaxMonths;
  const late = monthIndex(payment.creditPeriod) - monthIndex(month.period);
  if (late <= limit.value) return undefined;
  const place = {
    subject: { collection: 'duesPayments', id: payment.id },
    severity: 'info' as const,
    facts: { period: month.period, creditPeriod: payment.creditPeriod, monthsLate: late, limit: limit.value },
  };
  return finding(duesReportRules.backPayment, place, { name, period: month.period, limit: limit.value });
}

/** 第十一条: one voluntary extra payment of 1000 元 or more goes wholly to the Centre (以上 read as inclusive). */
function voluntaryToCentre(payment: DuesPayment, name: string): Finding | undefined {
  const threshold = officialDuesSchedule.voluntaryCentralThresholdFen;
  if (payment.extraFen < threshold.value) return undefined;
  const place = {
    subject: { collection: 'duesPayments', id: payment.id },
    severity: 'info' as const,
    facts: { extraFen: payment.extraFen, thresholdFen: threshold.value },
  };
  return finding(duesReportRules.voluntaryCentral, place, {
    name,
    extra: payment.extraFen,
    threshold: threshold.value,
  });
}

export interface DuesMonthRow {
  readonly memberId: string;
  readonly dueFen: number;
  readonly paidFen: number;
  readonly state: DuesLineState;
  readonly payment?: DuesPayment;
}

export interface DuesMonthTotals {
  readonly members: number;
  readonly dueFen: number;
  readonly paidFen: number;
  readonly extraFen: number;
  readonly deferredFen: number;
  readonly unpaidFen: number;
  readonly counts: Readonly<Record<DuesLineState, number>>;
}

export interface DuesMonthData {
  readonly month: DuesMonth;
  readonly rows: readonly DuesMonthRow[];
  readonly totals: DuesMonthTotals;
  /** True while collecting with nobody unpaid and not deferred: what `dues.report` accepts. */
  readonly canReport: boolean;
}

/**
 * A branch's month as of `asOf` (payments made after it do not count): each member's due, paid
 * and state, the totals, and whether the branch can report. What `<dj-dues-statement>` shows.
 * Findings: a back-payment beyond the usual six months, a voluntary payment bound for the Centre.
 */
export function duesMonthReport(
  snapshot: DuesTables & Pick<Snapshot, 'members'>,
  monthId: string,
  asOf?: string,
): EngineReport<DuesMonthData> | undefined {
  const month = snapshot.duesMonths.get(monthId);
  if (!month) return undefined;
  const counts: Record<DuesLineState, number> = { paid: 0, deferred: 0, unpaid: 0, exempt: 0 };
  let [dueFen, paidFen, extraFen, deferredFen, unpaidFen] = [0, 0, 0, 0, 0];
  const findings: Finding[] = [];
  const rows = month.lines.map((line): DuesMonthRow => {
    const payment = paymentOf(snapshot, monthId, line.memberId, asOf);
    if (payment) {
      const name = snapshot.members.get(line.memberId)?.name ?? line.memberId;
      for (const found of [lateBackPayment(month, payment, name), voluntaryToCentre(payment, name)])
        if (found) findings.push(found);
    }
    const state = lineState(line, payment);
    counts[state] += 1;
    dueFen += line.dueFen;
    paidFen += payment?.amountFen ?? 0;
    extraFen += payment?.extraFen ?? 0;
    if (state === 'deferred') deferredFen += line.dueFen;
    if (state === 'unpaid') unpaidFen += line.dueFen;
    return {
      memberId: line.memberId,
      dueFen: line.dueFen,
      paidFen: payment?.amountFen ?? 0,
      state,
      ...(payment && { payment }),
    };
  });
  return {
    findings,
    data: {
      month,
      rows,
      totals: { members: rows.length, dueFen, paidFen, extraFen, deferredFen, unpaidFen, counts },
      canReport: month.state === 'collecting' && counts.unpaid === 0,
    },
  };
}
