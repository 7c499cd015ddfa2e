import { IsoDateSchema } from '../../schema/common.js';
import { z } from '../../schema/zod.js';
import { defineMemberCommand } from './member-update.js';

/** 停止党籍 / 出党 / 去世: recorded as a state with its date. Nobody is ever deleted. */
export const archiveMember = defineMemberCommand({
  type: 'member.archive',
  event: 'member.archived',
  fields: { status: z.enum(['suspended', 'removed', 'deceased']), on: IsoDateSchema },
  apply(draft, { status, on }) {
    draft.status = status;
    draft.statusSince = on;
  },
});
