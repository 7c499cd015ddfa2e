import { IdSchema, IsoDateSchema, IsoInstantSchema, TextSchema } from './common.js';
import { z } from './zod.js';

/** 微心愿: posted by a resident → reviewed → open → claimed → fulfilled (the resident confirms), or withdrawn / expired. */
export const wishStates = ['posted', 'reviewed', 'open', 'claimed', 'fulfilled', 'withdrawn', 'expired'] as const;
export type WishState = (typeof wishStates)[number];

/** Who claims a wish: a member who reported to the community (双报到), or a unit org that did. */
export const WishClaimantSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member'), memberId: IdSchema }),
  z.object({ kind: z.literal('unitOrg'), orgId: IdSchema }),
]);
export type WishClaimant = z.output<typeof WishClaimantSchema>;

export const WishClaimSchema = z.object({
  id: IdSchema,
  claimant: WishClaimantSchema,
  claimedAt: IsoInstantSchema,
  /** Set when the claimant gave the claim up: the wish is open again. */
  cancelledAt: IsoInstantSchema.optional(),
  cancelReason: TextSchema.max(200).optional(),
});
export type WishClaim = z.output<typeof WishClaimSchema>;

export const WishSchema = z.object({
  id: IdSchema,
  /** The community the wish was posted in. */
  communityOrgId: IdSchema,
  /** Who posted it: the resident's account (an actor id, not a member). */
  residentId: IdSchema,
  title: TextSchema.trim().min(1).max(100),
  description: TextSchema.max(1000).optional(),
  postedAt: IsoInstantSchema,
  /** The last day it may be claimed and fulfilled (Asia/Shanghai); open-ended when absent. */
  expiresOn: IsoDateSchema.optional(),
  state: z.enum(wishStates),
  reviewedAt: IsoInstantSchema.optional(),
  openedAt: IsoInstantSchema.optional(),
  claims: z.array(WishClaimSchema).max(100).default([]),
  fulfilledAt: IsoInstantSchema.optional(),
  closedAt: IsoInstantSchema.optional(),
  closeReason: TextSchema.max(200).optional(),
});
export type Wish = z.output<typeof WishSchema>;

/** The claim that holds a wish now, if any: at most one is live (not cancelled) at a time. */
export const liveClaimOf = (wish: Pick<Wish, 'claims'>): WishClaim | undefined =>
  wish.claims.find((claim) => claim.cancelledAt === undefined);
