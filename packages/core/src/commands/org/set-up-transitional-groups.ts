import { defineCommand } from '../../kernel/command.js';
import { RuleViolationError } from '../../kernel/errors.js';
import { IdSchema } from '../../schema/common.js';
import { NameInput } from '../../schema/inputs.js';
import { z } from '../../schema/zod.js';

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
      throw new RuleViolationError({
        code: 'org.notRetained',
        params: { name: branch.name },
        rule: { id: 'org.transitional.retainedOnly' },
        subject: { collection: 'orgs', id: branch.id },
        field: 'retainedBranchId',
      });
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
          throw new RuleViolationError({
            code: 'org.memberNotInBranch',
            params: { member: member.name, name: branch.name },
            rule: { id: 'org.transitional.ownMembers' },
            subject: { collection: 'members', id: memberId },
            field,
          });
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
