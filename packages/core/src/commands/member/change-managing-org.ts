import { IdSchema } from '../../schema/common.js';
import { defineMemberCommand } from './member-update.js';

/** Moves a member's daily management (日常管理) to another org; membership stays where it is (双重管理). */
export const changeManagingOrg = defineMemberCommand({
  type: 'member.changeManagingOrg',
  event: 'member.managingOrgChanged',
  fields: { managingOrgId: IdSchema },
  check: (tx, _member, { managingOrgId }) => void tx.require('orgs', managingOrgId, 'managingOrgId'),
  apply(draft, { managingOrgId }) {
    draft.managingOrgId = managingOrgId;
  },
});
