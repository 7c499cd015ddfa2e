import { shanghaiDate } from '../../calendar/instant.js';
import { scoreSchemeFor } from '../../engines/points/default-score-scheme.js';
import { pointsRules } from '../../engines/points/rules.js';
import { defineCommand } from '../../kernel/command.js';
import { refuse } from '../../kernel/rule.js';
import { PointAwardSchema } from '../../schema/point-award.js';
import { z } from '../../schema/zod.js';

/**
 * 人工加分: points for one of the scheme's manual items, with the reason, up to the item's
 * points, by a role the scheme names for it, never to oneself. The scheme is the one in force for
 * the member's managing org on the day of the award. Caps are the ledger's: an award over a cap
 * is kept and shown as capped, not refused, so the record says what happened.
 */
export const awardPoints = defineCommand({
  type: 'points.award',
  input: PointAwardSchema.pick({ id: true, memberId: true, itemId: true, points: true, reason: true, on: true }),
  subject: (input) => ({ collection: 'pointAwards', id: input.id }),
  run(tx, input, ctx) {
    const member = tx.require('members', input.memberId, 'memberId');
    const subject = { collection: 'pointAwards' as const, id: input.id };
    notAhead(input.on, ctx.now, subject);
    const scheme = scoreSchemeFor(tx.snapshot, member.managingOrgId, input.on);
    const item = scheme.items.find((each) => each.id === input.itemId && each.source === 'manualAward');
    if (!item) throw refuse(pointsRules.itemKnown, subject, 'itemId', { scheme: scheme.label, item: input.itemId });
    if (input.points > item.points) {
      throw refuse(pointsRules.withinItem, subject, 'points', {
        item: item.label,
        max: item.points,
        points: input.points,
      });
    }
    if (ctx.actor.memberId === input.memberId) throw refuse(pointsRules.notForSelf, subject, 'memberId');
    const role = ctx.actor.roles.find((each) => item.awardedBy.includes(each));
    if (role === undefined) {
      throw refuse(pointsRules.awardedBy, subject, 'itemId', { item: item.label, roles: item.awardedBy.join('、') });
    }
    const award = tx.insert('pointAwards', {
      ...input,
      schemeId: scheme.id,
      awardedBy: { actorId: ctx.actor.id, role },
    });
    tx.emit({
      type: 'points.awarded',
      subject,
      data: { memberId: input.memberId, itemId: input.itemId, points: input.points },
    });
    return award;
  },
});

/** Refuses a day after today (Asia/Shanghai): points are recorded for what has happened. */
function notAhead(on: string, now: string, subject: { readonly collection: 'pointAwards'; readonly id: string }): void {
  const today = shanghaiDate(now, 'now');
  if (on > today) throw refuse(pointsRules.notAhead, subject, 'on', { on, today });
}

/** Takes an award back, once, with the reason: it stops counting from that day; the record and both reasons stay. */
export const revokePoints = defineCommand({
  type: 'points.revoke',
  input: z.object({
    awardId: PointAwardSchema.shape.id,
    reason: PointAwardSchema.shape.reason,
    on: PointAwardSchema.shape.on,
  }),
  subject: (input) => ({ collection: 'pointAwards', id: input.awardId }),
  run(tx, { awardId, reason, on }, ctx) {
    const award = tx.require('pointAwards', awardId, 'awardId');
    const subject = { collection: 'pointAwards' as const, id: awardId };
    if (award.revoked) throw refuse(pointsRules.revokeOnce, subject, 'awardId', { on: award.revoked.on });
    notAhead(on, ctx.now, subject);
    // A revoke counts from its own day (the ledger keeps the award until then): never before the award.
    if (on < award.on) throw refuse(pointsRules.revokeAfterAward, subject, 'on', { on, awardedOn: award.on });
    const revoked = tx.update('pointAwards', awardId, (draft) => {
      draft.revoked = { on, reason, actorId: ctx.actor.id };
    });
    tx.emit({
      type: 'points.revoked',
      subject,
      data: { memberId: award.memberId, itemId: award.itemId, points: award.points },
    });
    return revoked;
  },
});
