import { IdNumberInput } from '../../schema/id-number.js';
import { NameInput } from '../../schema/inputs.js';
import { MemberSchema } from '../../schema/member.js';
import { defineMemberCommand } from './member-update.js';

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
  fields: { ...editable, name: NameInput.optional(), idNumber: IdNumberInput.optional() },
  apply(draft, { memberId: _memberId, ...changes }) {
    Object.assign(draft, Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)));
  },
});
