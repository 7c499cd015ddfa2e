import { shanghaiDate } from '../../calendar/instant.js';
import { isWithin, subtreeOf } from '../../engines/org-tree.js';
import { registrationsOf } from '../wish/claimant-checks.js';
import { defineCommand } from '../../kernel/command.js';
import { refuse } from '../../kernel/rule.js';
import type { Transaction } from '../../kernel/transaction.js';
import { IdSchema } from '../../schema/common.js';
import { holdersOf, type Post } from '../../schema/post.js';
import { z } from '../../schema/zod.js';
import { postRules } from './rules.js';

const input = z.object({ postId: IdSchema, memberId: IdSchema });
const subjectOf = ({ postId }: { postId: string }) => ({ collection: 'posts', id: postId });

/**
 * Who may hold a post: a member whose own org (relation or daily management) is the post's org or
 * under it, or an in-service member who reported to the community the post lies in (双报到 —
 * DESIGN §2: reported members take up the community's posts; Tianque plans such claims but never
 * checks them, PEERS "Wishes and 双报到"), from the day they registered on.
 */
function mayHold(tx: Transaction, post: Post, memberId: string, day: string): boolean {
  const member = tx.require('members', memberId, 'memberId');
  const orgIds = subtreeOf(tx.snapshot, post.orgId);
  if (orgIds.has(member.relationOrgId) || orgIds.has(member.managingOrgId)) return true;
  return registrationsOf(tx, memberId).some(
    (registration) =>
      registration.registeredOn <= day && isWithin(tx.snapshot, post.orgId, registration.communityOrgId),
  );
}

/** A member acts on posts in their own name; staff without a member record act for anyone. */
function assertOwnName(post: Post, memberId: string, actorMemberId: string | undefined): void {
  if (actorMemberId !== undefined && actorMemberId !== memberId) {
    throw refuse(postRules.claimForOneself, { collection: 'posts', id: post.id }, 'memberId');
  }
}

/** 设岗定责: a member claims a post, once, while it has room. */
export const claimPost = defineCommand({
  type: 'post.claim',
  input,
  subject: subjectOf,
  run(tx, { postId, memberId }, ctx) {
    const post = tx.require('posts', postId, 'postId');
    const subject = { collection: 'posts', id: postId };
    assertOwnName(post, memberId, ctx.actor.memberId);
    const holders = holdersOf(post);
    if (holders.includes(memberId)) throw refuse(postRules.claimOnce, subject, 'memberId', { post: post.name });
    // Reported (双报到) only from the registration day on, in Asia/Shanghai.
    if (!mayHold(tx, post, memberId, shanghaiDate(ctx.now)))
      throw refuse(postRules.eligible, subject, 'memberId', { post: post.name });
    if (post.capacity !== undefined && holders.length >= post.capacity) {
      throw refuse(postRules.capacity, subject, 'postId', { post: post.name, capacity: post.capacity });
    }
    const claimed = tx.update('posts', postId, (draft) => {
      draft.holderMemberIds = [...holders, memberId];
    });
    tx.emit({ type: 'post.claimed', subject, data: { postId, memberId, on: shanghaiDate(ctx.now) } });
    return claimed;
  },
});

/** A member leaves a post they hold (or the branch takes them off it): its place is free again. */
export const releasePost = defineCommand({
  type: 'post.release',
  input,
  subject: subjectOf,
  run(tx, { postId, memberId }, ctx) {
    const post = tx.require('posts', postId, 'postId');
    const subject = { collection: 'posts', id: postId };
    assertOwnName(post, memberId, ctx.actor.memberId);
    const holders = holdersOf(post);
    if (!holders.includes(memberId)) throw refuse(postRules.releaseHeld, subject, 'memberId', { post: post.name });
    const released = tx.update('posts', postId, (draft) => {
      draft.holderMemberIds = holders.filter((holder) => holder !== memberId);
    });
    tx.emit({ type: 'post.released', subject, data: { postId, memberId, on: shanghaiDate(ctx.now) } });
    return released;
  },
});
