import { defaultMaxLiveClaims, wishRules } from '../../engines/wishes/rules.js';
import { refuse } from '../../kernel/rule.js';
import type { Transaction } from '../../kernel/transaction.js';
import { liveClaimOf, type Wish, type WishClaimant } from '../../schema/wish.js';

/** The same member, or the same unit org. */
export const sameClaimant = (a: WishClaimant, b: WishClaimant): boolean =>
  a.kind === 'member' ? b.kind === 'member' && a.memberId === b.memberId : b.kind === 'unitOrg' && a.orgId === b.orgId;

/** 双报到: a member registered in the community, or a unit org whose unit reported to it (wishes and service projects). */
export function reported(tx: Transaction, claimant: WishClaimant, communityOrgId: string): boolean {
  if (claimant.kind === 'member') {
    tx.require('members', claimant.memberId, 'claimant.memberId');
    return [...tx.snapshot.registrations.values()].some(
      (registration) => registration.memberId === claimant.memberId && registration.communityOrgId === communityOrgId,
    );
  }
  tx.require('orgs', claimant.orgId, 'claimant.orgId');
  return [...tx.snapshot.unitRegistrations.values()].some(
    (registration) =>
      registration.communityOrgId === communityOrgId &&
      tx.snapshot.units.get(registration.unitId)?.orgId === claimant.orgId,
  );
}

/** Refuses a member claiming for someone else, a claimant who did not report, or one already holding the most wishes allowed. */
export function assertMayClaim(tx: Transaction, wish: Wish, claimant: WishClaimant, actorMemberId?: string): void {
  const subject = { collection: 'wishes', id: wish.id };
  // A member claims for themself; community staff (no member record of their own) record any claim.
  if (actorMemberId !== undefined && claimant.kind === 'member' && claimant.memberId !== actorMemberId) {
    throw refuse(wishRules.claimForOneself, subject, 'claimant.memberId');
  }
  if (!reported(tx, claimant, wish.communityOrgId)) throw refuse(wishRules.claimantRegistered, subject, 'claimant');
  const live = [...tx.snapshot.wishes.values()].filter((other) => {
    const claim = liveClaimOf(other);
    return other.state === 'claimed' && claim !== undefined && sameClaimant(claim.claimant, claimant);
  }).length;
  if (live >= defaultMaxLiveClaims) {
    throw refuse(wishRules.claimantCapacity, subject, 'claimant', { live, max: defaultMaxLiveClaims });
  }
}
