import { liveClaimOf, subtreeOf, wishStates, type Snapshot, type Wish, type WishState } from '@dangjian/core';

/** The tables the board reads. */
export type WishBoardSnapshot = Pick<Snapshot, 'orgs' | 'members' | 'wishes'>;

/** One wish as a card shows it: its words and who holds it, by name only. */
export interface WishCard {
  readonly wish: Wish;
  /** The live claim's member or unit org, by name. */
  readonly claimantName?: string;
  /** The live claim's member, to tell whether the acting member holds it. */
  readonly claimantMemberId?: string;
}

export interface WishColumn {
  readonly state: WishState;
  readonly cards: readonly WishCard[];
}

function cardOf(snapshot: WishBoardSnapshot, wish: Wish): WishCard {
  const claimant = liveClaimOf(wish)?.claimant;
  if (!claimant) return { wish };
  if (claimant.kind === 'unitOrg') return { wish, claimantName: snapshot.orgs.get(claimant.orgId)?.name ?? '—' };
  return {
    wish,
    claimantName: snapshot.members.get(claimant.memberId)?.name ?? '—',
    claimantMemberId: claimant.memberId,
  };
}

/** The wishes of an org's communities, one column per state in the lifecycle's order, newest first. */
export function wishColumns(snapshot: WishBoardSnapshot, orgId: string): WishColumn[] {
  const orgIds = subtreeOf(snapshot, orgId);
  const byState = new Map<WishState, WishCard[]>(wishStates.map((state) => [state, []]));
  const wishes = [...snapshot.wishes.values()]
    .filter((wish) => orgIds.has(wish.communityOrgId))
    .sort((a, b) => (a.postedAt > b.postedAt ? -1 : a.postedAt < b.postedAt ? 1 : a.id < b.id ? -1 : 1));
  for (const wish of wishes) byState.get(wish.state)!.push(cardOf(snapshot, wish));
  return wishStates.map((state) => ({ state, cards: byState.get(state)! }));
}
