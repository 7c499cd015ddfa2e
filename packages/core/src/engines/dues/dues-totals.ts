import type { Snapshot } from '../../kernel/snapshot.js';
import type { DuesPeriod } from '../../schema/dues.js';
import type { EngineReport } from '../engine-report.js';
import { subtreeOf } from '../org-tree.js';

export interface DuesTotalsQuery {
  readonly orgId: string;
  /** First and last credit month, inclusive (`2026-01` … `2026-12` for a year). */
  readonly from: DuesPeriod;
  readonly to: DuesPeriod;
}

export interface DuesTotals {
  /** Collected by the org itself, credited in the months asked for (back-payments in the month paid). */
  readonly ownFen: number;
  /** Collected by the org and every org below it. */
  readonly subtreeFen: number;
  /** Of the subtree's, what each collecting org took in. */
  readonly byOrg: ReadonlyMap<string, number>;
  /** Voluntary extra within the subtree's total (第十一条). */
  readonly extraFen: number;
}

/**
 * 党费收缴统计: what an org and its subtree collected over months, counted where each payment was
 * collected and in the month it was paid — so a deferred month paid back later is credited to
 * the org that collected it, in the month it did.
 */
export function duesTotalsReport(
  snapshot: Pick<Snapshot, 'orgs' | 'duesPayments'>,
  { orgId, from, to }: DuesTotalsQuery,
): EngineReport<DuesTotals> {
  const subtree = subtreeOf(snapshot, orgId);
  const byOrg = new Map<string, number>();
  let extraFen = 0;
  for (const payment of snapshot.duesPayments.values()) {
    if (!subtree.has(payment.collectedByOrgId) || payment.creditPeriod < from || payment.creditPeriod > to) continue;
    byOrg.set(payment.collectedByOrgId, (byOrg.get(payment.collectedByOrgId) ?? 0) + payment.amountFen);
    extraFen += payment.extraFen;
  }
  const subtreeFen = [...byOrg.values()].reduce((sum, fen) => sum + fen, 0);
  return { findings: [], data: { ownFen: byOrg.get(orgId) ?? 0, subtreeFen, byOrg, extraFen } };
}
