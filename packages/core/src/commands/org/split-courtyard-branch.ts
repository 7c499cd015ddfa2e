import { defineCommand } from '../../kernel/command.js';
import { refuse } from '../../kernel/rule.js';
import type { Transaction } from '../../kernel/transaction.js';
import { IdSchema } from '../../schema/common.js';
import { NameInput } from '../../schema/inputs.js';
import { secretarySelections, type Org } from '../../schema/org.js';
import { z } from '../../schema/zod.js';
import { orgRules } from './rules.js';

const input = z.object({
  sourceBranchId: IdSchema,
  branch: z.object({ id: IdSchema, name: NameInput, secretarySelection: z.enum(secretarySelections).optional() }),
  /** Members whose membership moves to the new branch (楼院就近). */
  memberIds: z.array(IdSchema).max(5000),
  /** Building groups of the source that go with them. */
  groupIds: z.array(IdSchema).max(500).default([]),
});

function moveGroups(tx: Transaction, source: Org, branchId: string, groupIds: readonly string[]): void {
  groupIds.forEach((groupId, index) => {
    const group = tx.require('orgs', groupId, `groupIds.${index}`);
    if (group.parentId !== source.id) {
      const subject = { collection: 'orgs', id: groupId };
      throw refuse(orgRules.splitOwnGroups, subject, `groupIds.${index}`, { group: group.name, name: source.name });
    }
    tx.update('orgs', groupId, (draft) => {
      draft.parentId = branchId;
    });
  });
}

function moveMembers(
  tx: Transaction,
  source: Org,
  branchId: string,
  memberIds: readonly string[],
  movedGroups: ReadonlySet<string>,
): void {
  memberIds.forEach((memberId, index) => {
    const member = tx.require('members', memberId, `memberIds.${index}`);
    const inSource = member.relationOrgId === source.id || movedGroups.has(member.relationOrgId);
    if (!inSource) {
      const subject = { collection: 'members', id: memberId };
      throw refuse(orgRules.splitOwnMembers, subject, `memberIds.${index}`, { member: member.name, name: source.name });
    }
    tx.update('members', memberId, (draft) => {
      if (draft.relationOrgId === source.id) draft.relationOrgId = branchId;
      if (draft.managingOrgId === source.id) draft.managingOrgId = branchId;
    });
  });
}

/**
 * 楼院党支部: splits a courtyard branch out of a community branch (就近、类聚、小型、灵活). The new
 * branch sits beside the source, takes the chosen building groups, and the chosen members'
 * membership (and daily management, where it was the source) moves with them.
 */
export const splitCourtyardBranch = defineCommand({
  type: 'org.splitCourtyard',
  input,
  subject: (value) => ({ collection: 'orgs', id: value.sourceBranchId }),
  run(tx, { sourceBranchId, branch, memberIds, groupIds }) {
    const source = tx.require('orgs', sourceBranchId, 'sourceBranchId');
    if (source.kind !== 'branch') {
      const subject = { collection: 'orgs', id: source.id };
      throw refuse(orgRules.splitFromBranch, subject, 'sourceBranchId', { name: source.name });
    }
    const created = tx.insert('orgs', { ...branch, kind: 'branch', setting: 'courtyard', parentId: source.parentId });
    moveGroups(tx, source, created.id, groupIds);
    moveMembers(tx, source, created.id, memberIds, new Set(groupIds));
    tx.emit({
      type: 'org.courtyardSplit',
      subject: { collection: 'orgs', id: created.id },
      data: { from: source.id, members: memberIds.length },
    });
    return created;
  },
});
