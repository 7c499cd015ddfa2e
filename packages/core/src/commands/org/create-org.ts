import { defineCommand } from '../../kernel/command.js';
import { IdSchema } from '../../schema/common.js';
import { NameInput } from '../../schema/inputs.js';
import { OrgShape, refineOrg } from '../../schema/org.js';
import { assertNesting } from './nesting.js';

export const createOrgInput = OrgShape.extend({
  name: NameInput,
  parentId: IdSchema.nullable().default(null),
}).superRefine(refineOrg);

/** Sets up an organisation under its parent (or as a root committee / branch). */
export const createOrg = defineCommand({
  type: 'org.create',
  input: createOrgInput,
  subject: (input) => ({ collection: 'orgs', id: input.parentId ?? input.id }),
  run(tx, input) {
    const parent = input.parentId === null ? undefined : tx.require('orgs', input.parentId, 'parentId');
    assertNesting(input.kind, parent, 'kind', input.id);
    const org = tx.insert('orgs', input);
    tx.emit({
      type: 'org.created',
      subject: { collection: 'orgs', id: org.id },
      data: { parentId: org.parentId },
    });
    return org;
  },
});
