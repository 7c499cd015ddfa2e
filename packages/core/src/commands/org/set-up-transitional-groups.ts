import { defineCommand } from '../../kernel/command.js';
import { refuse } from '../../kernel/rule.js';
import { IdSchema } from '../../schema/common.js';
import { NameInput } from '../../schema/inputs.js';
import { z } from '../../schema/zod.js';
import { orgRules } from './rules.js';

const input = z.object({
  retainedBranchId: IdSchema,
  groups: z
    .array(z.object({ id: IdSchema, name: NameInput, memberIds: z.array(IdSchema).max(2000) }))
    .min(1)
    .max(100),
});

/**
 * 留守支部 + 过渡期党小组: a village branch kept during relocation sets up groups where its
 * members now live. Membership stays with the village branch (elections, collective economic
 * distribution); daily management moves to the group (双重管理).
 */
export const setUpTransitionalGroups = defineCommand({
  type: 'org.setUpTransitionalGroups',
  input,
  subject: (value) => ({ collection: 'orgs', id: value.retainedBranchId }),
  run(tx, { retainedBranchId, groups }) {
    const branch = tx.require('orgs', retainedBranchId, 'retainedBranchId');
    if (branch.kind !== 'branch' || branch.setting !== 'retained') {
      const subject = { collection: 'orgs', id: branch.id };
      throw refuse(orgRules.transitionalRetainedOnly, subject, 'retainedBranchId', { name: branch.name });
    }
    groups.forEach((group, groupIndex) => {
      tx.insert('orgs', {
        id: group.id,
        name: group.name,
        kind: 'group',
        setting: 'transitional',
        parentId: branch.id,
      });
      group.memberIds.forEach((memberId, index) => {
        const field = `groups.${groupIndex}.memberIds.${index}`;
        const member = tx.require('members', memberId, field);
        if (member.relationOrgId !== branch.id) {
          const subject = { collection: 'members', id: memberId };
          throw refuse(orgRules.transitionalOwnMembers, subject, field, { member: member.name, name: branch.name });
        }
        tx.update('members', memberId, (draft) => {
          draft.managingOrgId = group.id;
        });
      });
    });
    tx.emit({
      type: 'org.transitionalGroupsSetUp',
      subject: { collection: 'orgs', id: branch.id },
      data: { groups: groups.length },
    });
  },
});
