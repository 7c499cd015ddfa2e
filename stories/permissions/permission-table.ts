import { defaultRoles, describeRoles, type PermissionCell } from '@dangjian/core';

/** Generated from the kit's role table each time Storybook is built: it cannot drift from the rules. */
export const cells: readonly PermissionCell[] = describeRoles(defaultRoles);

export const roles = Object.entries(defaultRoles).map(([id, role]) => ({ id, label: role.label }));

const scopeText = { tenant: '全辖区 tenant', subtree: '本组织及下级 subtree', self: '本人 self' } as const;

/** One cell as text: ✓ with the scope (and fields), ✗ for a prohibition, blank for nothing. */
export function cellText(cell: PermissionCell): string {
  if (cell.prohibitions.length > 0) return '✗';
  if (cell.grants.length === 0) return '';
  return cell.grants
    .map((grant) => {
      const subjects = grant.subjects.includes('all') ? '' : `: ${grant.subjects.join(', ')}`;
      const fields = grant.fields ? ` (${grant.fields.join(', ')})` : '';
      const states = grant.states ? ` [${grant.states.join(', ')}]` : '';
      return `✓ ${scopeText[grant.scope]}${subjects}${states}${fields}`;
    })
    .join(' · ');
}

/** The actions that some role may take or is forbidden, in table order. */
export const actions: readonly string[] = [
  ...new Set(cells.filter((cell) => cell.grants.length > 0 || cell.prohibitions.length > 0).map((cell) => cell.action)),
];

export const cellOf = (role: string, action: string): PermissionCell =>
  cells.find((cell) => cell.role === role && cell.action === action)!;

/** Every rule once, with its reason in both languages: the legend under the table. */
export const reasons = Object.entries(defaultRoles).flatMap(([role, { rules }]) =>
  rules.map((rule, index) => ({
    role,
    id: rule.id ?? `${role}.${index}`,
    inverted: rule.inverted === true,
    reason: rule.reason,
  })),
);
