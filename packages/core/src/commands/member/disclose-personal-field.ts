import { defineCommand } from '../../kernel/command.js';
import { IdSchema, TextSchema } from '../../schema/common.js';
import { personalFields } from '../../schema/disclosure.js';
import { z } from '../../schema/zod.js';

/**
 * Shows one member's ID number or phone in full to the actor, and records that it did (who, when,
 * why) as a `disclosures` entity, so every unmasking is in the audit chain. The policy decides who
 * may (`member.disclose`, optionally limited to `fields: ['phone']`); the value is the result and
 * is never written anywhere.
 */
export const disclosePersonalField = defineCommand({
  type: 'member.disclose',
  input: z.strictObject({
    id: IdSchema,
    memberId: IdSchema,
    field: z.enum(personalFields),
    reason: TextSchema.trim().min(2).max(200),
  }),
  subject: (input) => ({ collection: 'members', id: input.memberId }),
  fields: (input) => [input.field],
  discloses: true,
  run(tx, input, ctx) {
    const member = tx.require('members', input.memberId, 'memberId');
    tx.insert('disclosures', { ...input, actorId: ctx.actor.id, at: ctx.now });
    tx.emit({
      type: 'member.disclosed',
      subject: { collection: 'members', id: member.id },
      data: { field: input.field },
    });
    return { memberId: member.id, field: input.field, value: member[input.field] ?? null };
  },
});
