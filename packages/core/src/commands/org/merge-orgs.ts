import { isWithin } from '../../engines/org-tree.js';
import { defineCommand } from '../../kernel/command.js';
import { refuse } from '../../kernel/rule.js';
import { IdSchema } from '../../schema/common.js';
import { orgKindLabels } from '../../schema/org.js';
import { z } from '../../schema/zod.js';
import { orgMessages } from './messages.js';
import { referencesTo, repoint } from './org-references.js';
import { orgRules } from './rules.js';
import { schemaIssue } from '../../schema/schema-issue.js';

/**
 * Merges one org into another of the same kind: its child orgs, members, units, posts and every
 * other reference move to the target, then the source is removed. All in one command, so a
 * merge is never half done.
 */
export const mergeOrgs = defineCommand({
  type: 'org.merge',
  input: z.object({ sourceId: IdSchema, targetId: IdSchema }).refine((input) => input.sourceId !== input.targetId, {
    path: ['targetId'],
    ...schemaIssue(orgMessages.mergeIntoSelf),
  }),
  subject: (input) => ({ collection: 'orgs', id: input.sourceId }),
  run(tx, { sourceId, targetId }) {
    const source = tx.require('orgs', sourceId, 'sourceId');
    const target = tx.require('orgs', targetId, 'targetId');
    const subject = { collection: 'orgs', id: sourceId };
    if (source.kind !== target.kind) {
      const params = {
        source: source.name,
        target: target.name,
        sourceKind: orgKindLabels[source.kind],
        targetKind: orgKindLabels[target.kind],
      };
      throw refuse(orgRules.mergeKind, subject, 'targetId', params);
    }
    if (isWithin(tx.snapshot, targetId, sourceId)) {
      throw refuse(orgRules.acyclic, subject, 'targetId', { name: source.name, parent: target.name });
    }
    for (const reference of referencesTo(tx, sourceId)) repoint(tx, reference, targetId);
    tx.remove('orgs', sourceId);
    tx.emit({ type: 'org.merged', subject, data: { into: targetId } });
    return tx.get('orgs', targetId)!;
  },
});
