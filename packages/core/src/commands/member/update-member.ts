import { IdNumberInput } from '../../schema/id-number.js';
import { NameInput } from '../../schema/inputs.js';
import { MemberSchema } from '../../schema/member.js';
import { defineMemberCommand } from './member-update.js';
import { checkedBirthDate } from './birth-date.js';
import { assertIdNumberFree } from './unique-id-number.js';

const editable = MemberSchema.pick({
  phone: true,
  ethnicity: true,
  education: true,
  residence: true,
  employer: true,
  skills: true,
  roles: true,
  employment: true,
  relocation: true,
  directlyManaged: true,
  care: true,
}).partial().shape;

/** Corrects or completes a member's details. Membership, management and status have their own commands. */
export const updateMember = defineMemberCommand({
  type: 'member.update',
  event: 'member.updated',
  overwrites: true,
  fields: { ...editable, name: NameInput.optional(), idNumber: IdNumberInput.optional() },
  check(tx, member, { memberId, idNumber, residence, employer }) {
    // A corrected ID number must encode the birth date on record.
    checkedBirthDate(member.birthDate, idNumber, {
      subject: { collection: 'members', id: memberId },
      field: 'idNumber',
    });
    assertIdNumberFree(tx, idNumber, memberId);
    if (residence?.communityOrgId) tx.require('orgs', residence.communityOrgId, 'residence.communityOrgId');
    if (employer?.orgId) tx.require('orgs', employer.orgId, 'employer.orgId');
  },
  apply(draft, { memberId: _memberId, ...changes }) {
    Object.assign(draft, Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)));
  },
});
