import { RuleViolationError } from '../../kernel/errors.js';
import { allowedChildKinds, orgKindLabels, rootKinds, type Org, type OrgKind } from '../../schema/org.js';

/** The structural rule every create and move checks: which kind may sit under which. */
export const nestingRule = {
  id: 'org.nesting',
  version: '2018',
  article: '中国共产党支部工作条例（试行） 第四条、第五条',
} as const;

/** Refuses a child kind its parent may not hold (a group never holds a branch), or a root that must have a parent. */
export function assertNesting(childKind: OrgKind, parent: Org | undefined, field: string, subjectId: string): void {
  const subject = { collection: 'orgs', id: subjectId };
  if (parent === undefined) {
    if (rootKinds.includes(childKind)) return;
    throw new RuleViolationError({
      code: 'org.rootKind',
      params: { childKind: orgKindLabels[childKind] },
      rule: nestingRule,
      subject,
      field,
    });
  }
  if (allowedChildKinds[parent.kind].includes(childKind)) return;
  throw new RuleViolationError({
    code: 'org.nesting',
    params: {
      childKind: orgKindLabels[childKind],
      parentKind: orgKindLabels[parent.kind],
    },
    rule: nestingRule,
    subject,
    field,
  });
}
