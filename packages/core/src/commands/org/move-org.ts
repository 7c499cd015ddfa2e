import { isWithin } from '../../engines/org-tree.js';
import { defineCommand } from '../../kernel/command.js';
import { refuse } from '../../kernel/rule.js';
import { IdSchema } from '../../schema/common.js';
import { z } from '../../schema/zod.js';
import { assertNesting } from './nesting.js';
import { orgRules } from './rules.js';

/**
 * Reparents an organisation (with its whole subtree). Refuses a move under itself or one of its
 * descendants (a cycle) and a parent whose kind may not hold it (a group never holds a branch).
 */
export const moveOrg = defineCommand({
  type: 'org.move',
  input: z.object({
    orgId: IdSchema,
    parentId: IdSchema.nullable(),
    position: z.number().int().nonnegative().optional(),
  }),
  subject: (input) => ({ collection: 'orgs', id: input.orgId }),
  run(tx, { orgId, parentId, position }) {
    const org = tx.require('orgs', orgId, 'orgId');
    const parent = parentId === null ? undefined : tx.require('orgs', parentId, 'parentId');
    if (parent && isWithin(tx.snapshot, parent.id, orgId)) {
      const subject = { collection: 'orgs', id: orgId };
      throw refuse(orgRules.acyclic, subject, 'parentId', { name: org.name, parent: parent.name });
    }
    assertNesting(org.kind, parent, 'parentId', orgId);
    const moved = tx.update('orgs', orgId, (draft) => {
      draft.parentId = parentId;
      if (position !== undefined) draft.position = position;
    });
    tx.emit({
      type: 'org.moved',
      subject: { collection: 'orgs', id: orgId },
      data: { from: org.parentId, to: parentId },
    });
    return moved;
  },
});
