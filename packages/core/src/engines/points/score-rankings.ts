import type { Snapshot } from '../../kernel/snapshot.js';
import { ancestorsOf } from '../org-tree.js';

/** One member's place in their branch. Equal totals share a rank (1, 1, 3). */
export interface RankedMember {
  readonly memberId: string;
  readonly name: string;
  readonly total: number;
  readonly rank: number;
}

export interface BranchRanking {
  readonly orgId: string;
  readonly name: string;
  readonly members: readonly RankedMember[];
}

/** The branch a member is ranked in: the nearest branch at or above their managing org, else that org. */
export function rankingOrgOf(snapshot: Pick<Snapshot, 'orgs'>, managingOrgId: string): string {
  return ancestorsOf(snapshot, managingOrgId).find((org) => org.kind === 'branch')?.id ?? managingOrgId;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * Rankings per branch: highest total first; equal totals share the rank and list by name
 * (zh-CN collation, numbers in names by value), then id, so the order never depends on input order.
 */
export function rankByBranch(
  snapshot: Pick<Snapshot, 'orgs'>,
  rows: readonly { readonly memberId: string; readonly name: string; readonly total: number; readonly orgId: string }[],
): BranchRanking[] {
  const byOrg = new Map<string, (typeof rows)[number][]>();
  for (const row of rows) {
    const list = byOrg.get(row.orgId);
    if (list) list.push(row);
    else byOrg.set(row.orgId, [row]);
  }
  return [...byOrg.entries()]
    .map(([orgId, members]) => {
      const sorted = [...members].sort(
        (a, b) =>
          b.total - a.total ||
          collator.compare(a.name, b.name) ||
          (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0),
      );
      let rank = 0;
      const ranked = sorted.map((row, index): RankedMember => {
        if (index === 0 || row.total !== sorted[index - 1]!.total) rank = index + 1;
        return { memberId: row.memberId, name: row.name, total: row.total, rank };
      });
      return { orgId, name: snapshot.orgs.get(orgId)?.name ?? orgId, members: ranked };
    })
    .sort((a, b) => collator.compare(a.name, b.name) || (a.orgId < b.orgId ? -1 : 1));
}
