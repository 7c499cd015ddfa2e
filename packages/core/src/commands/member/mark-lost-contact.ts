import { IsoDateSchema } from '../../schema/common.js';
import { defineMemberCommand } from './member-update.js';

/** 失联: the branch could not reach the member by any means. */
export const markLostContact = defineMemberCommand({
  type: 'member.markLostContact',
  event: 'member.lostContactMarked',
  fields: { since: IsoDateSchema },
  apply(draft, { since }) {
    draft.lostContactSince = since;
  },
});

/** The member was found again. */
export const markFound = defineMemberCommand({
  type: 'member.markFound',
  event: 'member.found',
  fields: { on: IsoDateSchema },
  apply(draft, { on }) {
    delete draft.lostContactSince;
    draft.lastContactOn = on;
  },
});
