import { defineCommand } from '../../kernel/command.js';
import { DangjianError } from '../../kernel/errors.js';
import { z } from '../../schema/zod.js';
import { registerMember } from './register-member.js';

/**
 * Registers a whole roster in one command: one commit, one audit record, all rows or none.
 * A refusal names the row's index in the field (`members.41.relationOrgId`).
 */
export const importMembers = defineCommand({
  type: 'member.import',
  input: z.object({ members: z.array(registerMember.input).min(1).max(200_000) }),
  run(tx, { members }, ctx) {
    members.forEach((member, index) => {
      try {
        registerMember.run(tx, member, ctx);
      } catch (error) {
        if (!(error instanceof DangjianError)) throw error;
        const field = `members.${index}${error.field ? `.${error.field}` : ''}`;
        throw DangjianError.fromJSON({ ...error.toJSON(), field });
      }
    });
    return { imported: members.length };
  },
});
