import { defineCommand } from '../../kernel/command.js';
import { RuleViolationError } from '../../kernel/errors.js';
import { IdSchema } from '../../schema/common.js';
import { z } from '../../schema/zod.js';
import { referencesTo } from './org-references.js';
import { refusal } from '../../kernel/rule.js';
import { orgRules } from './rules.js';

/**
 * Dissolves (撤销) an org. Refused while anything still points at it — child orgs, members by
 * relation or daily management, units, posts … — so no member is ever left without an org.
 */
export const dissolveOrg = defineCommand({
  type: 'org.dissolve',
  input: z.object({ orgId: IdSchema }),
  subject: (input) => ({ collection: 'orgs', id: input.orgId }),
  run(tx, { orgId }) {
    const org = tx.require('orgs', orgId, 'orgId');
    const references = referencesTo(tx, orgId);
    if (references.length > 0) {
      const children = references.filter((ref) => ref.collection === 'orgs').length;
      const members = new Set(references.filter((ref) => ref.collection === 'members').map((ref) => ref.id)).size;
      const others = references.filter((ref) => ref.collection !== 'orgs' && ref.collection !== 'members').length;
      const subject = { collection: 'orgs', id: orgId };
      throw new RuleViolationError({
        ...refusal(orgRules.rehomeFirst, subject, 'orgId', { name: org.name, children, members, others }),
        details: { references: references.slice(0, 50) },
      });
    }
    tx.remove('orgs', orgId);
    tx.emit({ type: 'org.dissolved', subject: { collection: 'orgs', id: orgId }, data: { name: org.name } });
  },
});
