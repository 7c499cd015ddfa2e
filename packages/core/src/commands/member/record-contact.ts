import { ContactCardSchema } from '../../schema/member.js';
import { defineMemberCommand } from './member-update.js';

/** 联系卡: brings the six fields up to date; the member has been reached, so no longer lost. */
export const recordContact = defineMemberCommand({
  type: 'member.recordContact',
  event: 'member.contactRecorded',
  fields: { card: ContactCardSchema },
  apply(draft, { card }) {
    draft.contactCard = { ...draft.contactCard, ...card };
    draft.lastContactOn = card.updatedOn;
    delete draft.lostContactSince;
  },
});
