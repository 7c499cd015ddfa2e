import { defineCommand } from '../../kernel/command.js';
import { IdSchema, IsoDateSchema } from '../../schema/common.js';
import { NameInput } from '../../schema/inputs.js';
import { IdNumberInput } from '../../schema/id-number.js';
import { MemberSchema } from '../../schema/member.js';
import { checkedBirthDate } from './birth-date.js';
import { assertIdNumberFree } from './unique-id-number.js';

/**
 * Registers a member. Without a `managingOrgId` the member is managed where the membership is
 * held; a different one puts the member under dual management (双重管理). The birth date may be
 * left out when the ID number is given (it encodes it); when both are given they must agree.
 */
export const registerMember = defineCommand({
  type: 'member.register',
  input: MemberSchema.extend({
    name: NameInput,
    managingOrgId: IdSchema.optional(),
    birthDate: IsoDateSchema.optional(),
    idNumber: IdNumberInput.optional(),
  }),
  subject: (input) => ({ collection: 'orgs', id: input.relationOrgId }),
  run(tx, input) {
    tx.require('orgs', input.relationOrgId, 'relationOrgId');
    const managingOrgId = input.managingOrgId ?? input.relationOrgId;
    tx.require('orgs', managingOrgId, 'managingOrgId');
    const birthDate = checkedBirthDate(input.birthDate, input.idNumber, {
      subject: { collection: 'members', id: input.id },
      field: 'birthDate',
    });
    assertIdNumberFree(tx, input.idNumber, input.id);
    if (input.residence?.communityOrgId) tx.require('orgs', input.residence.communityOrgId, 'residence.communityOrgId');
    if (input.employer?.orgId) tx.require('orgs', input.employer.orgId, 'employer.orgId');
    const member = tx.insert('members', { ...input, birthDate, managingOrgId, status: 'active' });
    tx.emit({
      type: 'member.registered',
      subject: { collection: 'members', id: member.id },
    });
    return member;
  },
});
