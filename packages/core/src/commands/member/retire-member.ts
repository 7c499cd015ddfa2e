import { IsoDateSchema } from '../../schema/common.js';
import { defineMemberCommand } from './member-update.js';

/** 退休: employment becomes `retired`. */
export const retireMember = defineMemberCommand({
  type: 'member.retire',
  event: 'member.retired',
  fields: { on: IsoDateSchema },
  apply(draft) {
    draft.employment = 'retired';
  },
});
