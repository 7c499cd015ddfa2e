import { defaultMaxLiveClaims, wishRules } from '../../engines/wishes/rules.js';
import { isWithin } from '../../engines/org-tree.js';
import type { CommandContext } from '../../kernel/command.js';
import { refuse } from '../../kernel/rule.js';
import type { Transaction } from '../../kernel/transaction.js';
import type { Registration } from '../../schema/registration.js';
import { liveClaimOf, type Wish, type WishClaimant } from '../../schema/wish.js';

type Actor = CommandContext['actor'];

/** The same member, or the same unit org. */
export const sameClaimant = (a: WishClaimant, b: WishClaimant): boolean =>
  a.kind === 'member' ? b.kind === 'member' && a.memberId === b.memberId : b.kind === 'unitOrg' && a.orgId === b.orgId;

/**
 * 双报到 as of `day` (Asia/Shanghai): a member registered in the community on or before that day,
 * or a unit org whose unit reported to it on or before that day (wishes and service projects).
 */
export function reported(tx: Transaction, claimant: WishClaimant, communityOrgId: string, day: string): boolean {
  if (claimant.kind === 'member') {
    tx.require('members', claimant.memberId, 'claimant.memberId');
    return registrationsOf(tx, claimant.memberId).some(
      (registration) => registration.communityOrgId === communityOrgId && registration.registeredOn <= day,
    );
  }
  tx.require('orgs', claimant.orgId, 'claimant.orgId');
  return tx.idsWhere('unitRegistrations', ['communityOrgId'], communityOrgId).some((id) => {
    const registration = tx.get('unitRegistrations', id)!;
    return registration.registeredOn <= day && tx.snapshot.units.get(registration.unitId)?.orgId === claimant.orgId;
  });
}

/** A member's 双报到 registrations, from the member index: never a pass over every member's. */
export function registrationsOf(tx: Transaction, memberId: string): Registration[] {
  return tx.idsWhere('registrations', ['memberId'], memberId).map((id) => tx.get('registrations', id)!);
}

/**
 * Staff record claims for anyone: an actor with no member record of their own who acts for no org
 * (the portal's back office) or for the community or an org above it. A unit org's account acts
 * for an org below or beside the community, so it is not staff.
 */
function isStaff(tx: Transaction, communityOrgId: string, actor: Actor): boolean {
  if (actor.memberId !== undefined) return false;
  return actor.orgId === undefined || isWithin(tx.snapshot, communityOrgId, actor.orgId);
}

/**
 * The field naming whom the actor may not act for, or undefined when they act in their own name:
 * a member only as themself, a unit org's account only as that org; staff as anyone.
 */
export function notOwnName(
  tx: Transaction,
  communityOrgId: string,
  claimant: WishClaimant,
  actor: Actor,
): 'claimant.memberId' | 'claimant.orgId' | undefined {
  if (isStaff(tx, communityOrgId, actor)) return undefined;
  if (claimant.kind === 'member') return claimant.memberId === actor.memberId ? undefined : 'claimant.memberId';
  return claimant.orgId === actor.orgId && actor.memberId === undefined ? undefined : 'claimant.orgId';
}

/** Refuses a claim in someone else's name, a claimant who had not reported by `day`, or one already holding the most wishes allowed. */
export function assertMayClaim(tx: Transaction, wish: Wish, claimant: WishClaimant, actor: Actor, day: string): void {
  const subject = { collection: 'wishes', id: wish.id };
  const field = notOwnName(tx, wish.communityOrgId, claimant, actor);
  if (field !== undefined) throw refuse(wishRules.claimForOneself, subject, field);
  if (!reported(tx, claimant, wish.communityOrgId, day))
    throw refuse(wishRules.claimantRegistered, subject, 'claimant');
  const live = [...tx.snapshot.wishes.values()].filter((other) => {
    const claim = liveClaimOf(other);
    return other.state === 'claimed' && claim !== undefined && sameClaimant(claim.claimant, claimant);
  }).length;
  if (live >= defaultMaxLiveClaims) {
    throw refuse(wishRules.claimantCapacity, subject, 'claimant', { live, max: defaultMaxLiveClaims });
  }
}

/** Only the live claimant (or staff) gives a claim up; with no live claim the machine refuses the step. */
export function assertMayCancel(tx: Transaction, wish: Wish, actor: Actor): void {
  const claim = wish.state === 'claimed' ? liveClaimOf(wish) : undefined;
  if (claim === undefined) return;
  const field = notOwnName(tx, wish.communityOrgId, claim.claimant, actor);
  if (field !== undefined) throw refuse(wishRules.claimForOneself, { collection: 'wishes', id: wish.id }, field);
}
