import { shanghaiDate } from '../../calendar/instant.js';
import type { LocalizedText } from '../../i18n/locale.js';
import { liveClaimOf, type Wish, type WishClaimant, type WishState } from '../../schema/wish.js';
import { wishRules } from './rules.js';

/** What can happen to a wish; every step carries its instant (the command's clock). */
export type WishEvent =
  | { readonly type: 'review'; readonly at: string }
  | { readonly type: 'publish'; readonly at: string }
  | { readonly type: 'claim'; readonly at: string; readonly claimId: string; readonly claimant: WishClaimant }
  | { readonly type: 'cancelClaim'; readonly at: string; readonly reason?: string }
  | { readonly type: 'confirm'; readonly at: string }
  | { readonly type: 'withdraw'; readonly at: string; readonly reason: string }
  | { readonly type: 'expire'; readonly at: string };

/** Which events each state takes: the machine as data (terminal states take none). */
export const wishSteps: Readonly<Record<WishState, readonly WishEvent['type'][]>> = {
  posted: ['review', 'withdraw'],
  reviewed: ['publish', 'withdraw'],
  open: ['claim', 'withdraw', 'expire'],
  claimed: ['cancelClaim', 'confirm', 'withdraw', 'expire'],
  fulfilled: [],
  withdrawn: [],
  expired: [],
};

/** Each wish state as a board names it. */
export const wishStateLabels: Readonly<Record<WishState, LocalizedText>> = {
  posted: { 'zh-CN': '待审核', en: 'posted' },
  reviewed: { 'zh-CN': '已审核', en: 'reviewed' },
  open: { 'zh-CN': '待认领', en: 'open' },
  claimed: { 'zh-CN': '已认领', en: 'claimed' },
  fulfilled: { 'zh-CN': '已兑现', en: 'fulfilled' },
  withdrawn: { 'zh-CN': '已撤回', en: 'withdrawn' },
  expired: { 'zh-CN': '已过期', en: 'expired' },
};

const stepLabels: Readonly<Record<WishEvent['type'], LocalizedText>> = {
  review: { 'zh-CN': '审核', en: 'reviewed' },
  publish: { 'zh-CN': '公开', en: 'published' },
  claim: { 'zh-CN': '认领', en: 'claimed' },
  cancelClaim: { 'zh-CN': '取消认领', en: 'released' },
  confirm: { 'zh-CN': '确认兑现', en: 'confirmed' },
  withdraw: { 'zh-CN': '撤回', en: 'withdrawn' },
  expire: { 'zh-CN': '过期关闭', en: 'expired' },
};

/** Why a step was refused, as data: the command turns it into a typed error naming the rule. */
export type WishRefusal =
  | {
      readonly rule: typeof wishRules.lifecycle;
      readonly params: { title: string; state: LocalizedText; step: LocalizedText };
    }
  | { readonly rule: typeof wishRules.expiresOnItsDay; readonly params: { title: string; expiresOn: string } }
  | { readonly rule: typeof wishRules.claimBeforeExpiry; readonly params: { title: string; expiresOn: string } };

export type WishStep =
  { readonly ok: true; readonly wish: Wish } | { readonly ok: false; readonly refusal: WishRefusal };

/**
 * The next wish, or why not: a pure function of the wish and the event (xstate's `transition`).
 * A claim is live until cancelled, so a claimed wish has exactly one live claim and an open one
 * none; giving a claim up reopens the wish.
 */
export function wishTransition(wish: Wish, event: WishEvent): WishStep {
  const refuse = (refusal: WishRefusal): WishStep => ({ ok: false, refusal });
  if (!wishSteps[wish.state].includes(event.type)) {
    const params = { title: wish.title, state: wishStateLabels[wish.state], step: stepLabels[event.type] };
    return refuse({ rule: wishRules.lifecycle, params });
  }
  const next = (changes: Partial<Wish>): WishStep => ({ ok: true, wish: { ...wish, ...changes } });
  switch (event.type) {
    case 'review':
      return next({ state: 'reviewed', reviewedAt: event.at });
    case 'publish':
      return next({ state: 'open', openedAt: event.at });
    case 'claim': {
      if (wish.expiresOn !== undefined && shanghaiDate(event.at) > wish.expiresOn) {
        return refuse({ rule: wishRules.claimBeforeExpiry, params: { title: wish.title, expiresOn: wish.expiresOn } });
      }
      const claim = { id: event.claimId, claimant: event.claimant, claimedAt: event.at };
      return next({ state: 'claimed', claims: [...wish.claims, claim] });
    }
    case 'cancelClaim': {
      const live = liveClaimOf(wish)!;
      const cancelled = {
        ...live,
        cancelledAt: event.at,
        ...(event.reason !== undefined && { cancelReason: event.reason }),
      };
      return next({ state: 'open', claims: wish.claims.map((claim) => (claim === live ? cancelled : claim)) });
    }
    case 'confirm':
      return next({ state: 'fulfilled', fulfilledAt: event.at });
    case 'withdraw':
      return next({ state: 'withdrawn', closedAt: event.at, closeReason: event.reason });
    case 'expire':
      if (wish.expiresOn === undefined || shanghaiDate(event.at) <= wish.expiresOn) {
        return refuse({
          rule: wishRules.expiresOnItsDay,
          params: { title: wish.title, expiresOn: wish.expiresOn ?? '—' },
        });
      }
      return next({ state: 'expired', closedAt: event.at });
  }
}
