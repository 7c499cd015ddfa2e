import { shanghaiDate } from '../../calendar/instant.js';
import { wishTransition, type WishEvent } from '../../engines/wishes/wish-machine.js';
import { defineCommand } from '../../kernel/command.js';
import { wishMessages } from '../../engines/wishes/messages.js';
import { phrase } from '../../i18n/define-messages.js';
import { ValidationError } from '../../kernel/errors.js';
import { refuse, type CatalogueRule } from '../../kernel/rule.js';
import { containsPiiShape } from '../../schema/pii-shapes.js';
import type { Transaction } from '../../kernel/transaction.js';
import { IdSchema, TextSchema } from '../../schema/common.js';
import { WishClaimantSchema, WishSchema, type Wish } from '../../schema/wish.js';
import { z } from '../../schema/zod.js';
import { assertMayCancel, assertMayClaim } from './claimant-checks.js';

const subjectOf = (input: { wishId: string }) => ({ collection: 'wishes', id: input.wishId });
const byId = z.object({ wishId: IdSchema });

/** Runs one step of the pure machine on a stored wish; a refused step is a typed error naming its rule. */
function step(tx: Transaction, wishId: string, event: WishEvent): Wish {
  const wish = tx.require('wishes', wishId, 'wishId');
  const result = wishTransition(wish, event);
  if (!result.ok) {
    // `WishRefusal` pairs each rule with its message's parameters, so the union is checked where
    // the machine builds it; here it only has to be handed on.
    const { rule, params } = result.refusal;
    throw refuse(rule as CatalogueRule, { collection: 'wishes', id: wishId }, 'wishId', params as never);
  }
  const stepped = tx.update('wishes', wishId, (draft) => Object.assign(draft, result.wish));
  tx.emit({
    type: 'wish.stepped',
    subject: { collection: 'wishes', id: wishId },
    data: { step: event.type, state: stepped.state },
  });
  return stepped;
}

/** Wishes are shown to every resident: an ID or phone number typed into one is refused, never stored (nor echoed). */
function assertNoPersonalData(input: { title: string; description?: string | undefined }, id: string): void {
  for (const field of ['title', 'description'] as const) {
    const text = input[field];
    if (text !== undefined && containsPiiShape(text)) {
      const subject = { collection: 'wishes', id };
      throw new ValidationError({ ...phrase(wishMessages.personalDataInText, { field }), field, subject });
    }
  }
}

/** A resident posts a wish in their community; it waits for the community's review. */
export const postWish = defineCommand({
  type: 'wish.post',
  input: WishSchema.pick({ id: true, communityOrgId: true, title: true, description: true, expiresOn: true }),
  subject: (input) => ({ collection: 'wishes', id: input.id }),
  run(tx, input, ctx) {
    tx.require('orgs', input.communityOrgId, 'communityOrgId');
    assertNoPersonalData(input, input.id);
    // The poster is whoever runs the command: a resident cannot post in someone else's name.
    const wish = tx.insert('wishes', {
      ...input,
      residentId: ctx.actor.id,
      postedAt: ctx.now,
      state: 'posted',
      claims: [],
    });
    tx.emit({
      type: 'wish.posted',
      subject: { collection: 'wishes', id: wish.id },
      data: { communityOrgId: wish.communityOrgId },
    });
    return wish;
  },
});

/** The community checks a posted wish (a real need, nothing improper). */
export const reviewWish = defineCommand({
  type: 'wish.review',
  input: byId,
  subject: subjectOf,
  run: (tx, { wishId }, ctx) => step(tx, wishId, { type: 'review', at: ctx.now }),
});

/** A reviewed wish goes on the community's wish board. */
export const publishWish = defineCommand({
  type: 'wish.publish',
  input: byId,
  subject: subjectOf,
  run: (tx, { wishId }, ctx) => step(tx, wishId, { type: 'publish', at: ctx.now }),
});

/** A member or unit org who reported to the community (双报到) claims an open wish. */
export const claimWish = defineCommand({
  type: 'wish.claim',
  input: z.object({ wishId: IdSchema, claimId: IdSchema, claimant: WishClaimantSchema }),
  subject: subjectOf,
  run(tx, { wishId, claimId, claimant }, ctx) {
    const wish = tx.require('wishes', wishId, 'wishId');
    assertMayClaim(tx, wish, claimant, ctx.actor, shanghaiDate(ctx.now, 'now'));
    return step(tx, wishId, { type: 'claim', at: ctx.now, claimId, claimant });
  },
});

/** The claimant gives the claim up: the wish is open again. */
export const cancelWishClaim = defineCommand({
  type: 'wish.cancelClaim',
  input: z.object({ wishId: IdSchema, reason: TextSchema.max(200).optional() }),
  subject: subjectOf,
  run(tx, { wishId, reason }, ctx) {
    assertMayCancel(tx, tx.require('wishes', wishId, 'wishId'), ctx.actor);
    return step(tx, wishId, { type: 'cancelClaim', at: ctx.now, ...(reason !== undefined && { reason }) });
  },
});

/** The resident confirms the wish came true: only then is it fulfilled. */
export const confirmWish = defineCommand({
  type: 'wish.confirm',
  input: byId,
  subject: subjectOf,
  run: (tx, { wishId }, ctx) => step(tx, wishId, { type: 'confirm', at: ctx.now }),
});

/** The resident or the community takes a wish back, with the reason. */
export const withdrawWish = defineCommand({
  type: 'wish.withdraw',
  input: z.object({ wishId: IdSchema, reason: TextSchema.trim().min(1).max(200) }),
  subject: subjectOf,
  run: (tx, { wishId, reason }, ctx) => step(tx, wishId, { type: 'withdraw', at: ctx.now, reason }),
});

/** Closes a wish whose last day has passed without it being fulfilled. */
export const expireWish = defineCommand({
  type: 'wish.expire',
  input: byId,
  subject: subjectOf,
  run: (tx, { wishId }, ctx) => step(tx, wishId, { type: 'expire', at: ctx.now }),
});

export const wishCommands = [
  postWish,
  reviewWish,
  publishWish,
  claimWish,
  cancelWishClaim,
  confirmWish,
  withdrawWish,
  expireWish,
] as const;
