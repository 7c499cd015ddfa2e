import { defineCommand } from '../../kernel/command.js';
import { RegistrationSchema } from '../../schema/registration.js';

/** 双报到: an in-service member reports to the residence community, choosing posts. */
export const registerInCommunity = defineCommand({
  type: 'member.registerInCommunity',
  input: RegistrationSchema,
  subject: (input) => ({ collection: 'members', id: input.memberId }),
  run(tx, input) {
    tx.require('members', input.memberId, 'memberId');
    tx.require('orgs', input.communityOrgId, 'communityOrgId');
    input.postIds.forEach((postId, index) => tx.require('posts', postId, `postIds.${index}`));
    const registration = tx.insert('registrations', input);
    tx.emit({ type: 'member.registeredInCommunity', subject: { collection: 'registrations', id: input.id } });
    return registration;
  },
});
