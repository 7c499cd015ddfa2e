import { refuse } from '../../kernel/rule.js';
import { allowedChildKinds, orgKindLabels, rootKinds, type Org, type OrgKind } from '../../schema/org.js';
import { orgRules } from './rules.js';

/** Refuses a child kind its parent may not hold (a group never holds a branch), or a root that must have a parent. */
export function assertNesting(childKind: OrgKind, parent: Org | undefined, field: string, subjectId: string): void {
  const subject = { collection: 'orgs', id: subjectId };
  if (parent === undefined) {
    if (rootKinds.includes(childKind)) return;
    throw refuse(orgRules.rootKind, subject, field, { childKind: orgKindLabels[childKind] });
  }
  if (allowedChildKinds[parent.kind].includes(childKind)) return;
  throw refuse(orgRules.nesting, subject, field, {
    childKind: orgKindLabels[childKind],
    parentKind: orgKindLabels[parent.kind],
  });
}
