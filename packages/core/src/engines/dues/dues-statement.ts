import type { DuesLineState, DuesTables, MemberLine } from './dues-ledger.js';
import { memberLines } from './dues-ledger.js';
import type { EngineReport } from '../engine-report.js';

export interface DuesStatementMonth {
  readonly period: string;
  readonly monthId: string;
  readonly orgId: string;
  readonly dueFen: number;
  readonly paidFen: number;
  readonly state: DuesLineState;
  readonly paidOn?: string;
  readonly collectedByOrgId?: string;
}

export interface DuesStatement {
  readonly memberId: string;
  readonly year: number;
  readonly months: readonly DuesStatementMonth[];
  readonly dueFen: number;
  readonly paidFen: number;
  /** Due in the year and not yet paid (unpaid or deferred). */
  readonly owedFen: number;
}

const row = ({ month, line, payment, state }: MemberLine): DuesStatementMonth => ({
  period: month.period,
  monthId: month.id,
  orgId: month.orgId,
  dueFen: line.dueFen,
  paidFen: payment?.amountFen ?? 0,
  state,
  ...(payment && { paidOn: payment.paidOn, collectedByOrgId: payment.collectedByOrgId }),
});

/** 年度党费交纳情况: one member's months of a year, what was due, paid and owed, in integer fen. */
export function duesStatementReport(
  snapshot: DuesTables,
  memberId: string,
  year: number,
  asOf?: string,
): EngineReport<DuesStatement> {
  const months = memberLines(snapshot, memberId, asOf)
    .filter((entry) => entry.month.period.startsWith(`${year}-`))
    .map(row);
  const dueFen = months.reduce((sum, month) => sum + month.dueFen, 0);
  const paidFen = months.reduce((sum, month) => sum + month.paidFen, 0);
  const owedFen = months
    .filter((month) => month.state === 'unpaid' || month.state === 'deferred')
    .reduce((sum, month) => sum + month.dueFen, 0);
  return { findings: [], data: { memberId, year, months, dueFen, paidFen, owedFen } };
}
