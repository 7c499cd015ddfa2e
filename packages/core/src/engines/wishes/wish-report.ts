import { instantMs, periodEdgeMs } from '../../calendar/instant.js';
import { phrase } from '../../i18n/define-messages.js';
import { ValidationError } from '../../kernel/errors.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import { liveClaimOf, type Wish } from '../../schema/wish.js';
import type { EngineReport } from '../engine-report.js';
import { subtreeOf } from '../org-tree.js';
import { wishMessages } from './messages.js';

export interface WishQuery {
  /** Whose wishes: an org and the communities under it. */
  readonly orgId: string;
  /**
   * Half-open, on instants: from `from` up to but not including `to`. A date stands for the start of
   * that day in Asia/Shanghai; an instant is taken as it is, not cut to its day.
   */
  readonly from: string;
  readonly to: string;
}

/** One community's wishes in the period, each counted by the day its own step happened. */
export interface WishCounts {
  readonly communityOrgId: string;
  readonly posted: number;
  /** Wishes claimed in the period whose claim still stands (a claim given up does not count). */
  readonly claimed: number;
  /** Fulfilled in the period, by the day the resident confirmed. */
  readonly fulfilled: number;
  /** Distinct residents with a wish fulfilled in the period. */
  readonly residentsHelped: number;
}

export type WishReport = EngineReport<{ readonly communities: readonly WishCounts[] }>;

/** The claim a wish was (last) claimed by that still stands: the live one, or the one it was fulfilled under. */
const standingClaim = (wish: Wish) =>
  wish.state === 'claimed' || wish.state === 'fulfilled' ? liveClaimOf(wish) : undefined;

/**
 * 微心愿 counts per community for a half-open period: posted, claimed and fulfilled each by the
 * Asia/Shanghai day of its own step, and the distinct residents helped. Communities come in id
 * order, so equal counts always list the same way.
 */
export function wishReport(snapshot: Pick<Snapshot, 'orgs' | 'wishes'>, query: WishQuery): WishReport {
  const [from, to] = [periodEdgeMs(query.from, 'from'), periodEdgeMs(query.to, 'to')];
  if (from > to) {
    throw new ValidationError({
      ...phrase(wishMessages.periodReversed, { from: query.from, to: query.to }),
      field: 'to',
    });
  }
  if (!snapshot.orgs.has(query.orgId)) {
    throw new ValidationError({ ...phrase(wishMessages.unknownOrg, { orgId: query.orgId }), field: 'orgId' });
  }
  const within = (at: string | undefined): boolean => at !== undefined && instantMs(at) >= from && instantMs(at) < to;
  const orgIds = subtreeOf(snapshot, query.orgId);
  const byCommunity = new Map<string, Wish[]>();
  for (const wish of snapshot.wishes.values()) {
    if (!orgIds.has(wish.communityOrgId)) continue;
    const list = byCommunity.get(wish.communityOrgId);
    if (list) list.push(wish);
    else byCommunity.set(wish.communityOrgId, [wish]);
  }
  const communities = [...byCommunity.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([communityOrgId, wishes]) => {
      const fulfilled = wishes.filter((wish) => within(wish.fulfilledAt));
      return {
        communityOrgId,
        posted: wishes.filter((wish) => within(wish.postedAt)).length,
        claimed: wishes.filter((wish) => within(standingClaim(wish)?.claimedAt)).length,
        fulfilled: fulfilled.length,
        residentsHelped: new Set(fulfilled.map((wish) => wish.residentId)).size,
      };
    });
  return { findings: [], data: { communities } };
}
