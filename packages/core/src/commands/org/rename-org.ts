import { defineCommand } from '../../kernel/command.js';
import { IdSchema } from '../../schema/common.js';
import { NameInput } from '../../schema/inputs.js';
import { z } from '../../schema/zod.js';

export const renameOrg = defineCommand({
  type: 'org.rename',
  input: z.object({ orgId: IdSchema, name: NameInput }),
  subject: (input) => ({ collection: 'orgs', id: input.orgId }),
  run(tx, { orgId, name }) {
    const before = tx.require('orgs', orgId, 'orgId');
    const org = tx.update('orgs', orgId, (draft) => {
      draft.name = name;
    });
    tx.emit({
      type: 'org.renamed',
      subject: { collection: 'orgs', id: orgId },
      data: { from: before.name, to: name },
    });
    return org;
  },
});
