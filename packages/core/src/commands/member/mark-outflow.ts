import { IsoDateSchema, TextSchema } from '../../schema/common.js';
import { defineMemberCommand } from './member-update.js';

/** The member has left to work or live elsewhere (外出流动). */
export const markOutflow = defineMemberCommand({
  type: 'member.markOutflow',
  event: 'member.outflowMarked',
  fields: { since: IsoDateSchema, destination: TextSchema.max(100).optional() },
  apply(draft, { since, destination }) {
    draft.outflow = { since, ...(destination && { destination }) };
  },
});

/** The member is back. */
export const markReturn = defineMemberCommand({
  type: 'member.markReturn',
  event: 'member.returned',
  fields: { returnedOn: IsoDateSchema },
  apply(draft, { returnedOn }) {
    if (draft.outflow) draft.outflow.returnedOn = returnedOn;
  },
});
