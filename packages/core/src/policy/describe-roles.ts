import { commandTypes } from '../commands/registry.js';
import type { LocalizedText } from '../i18n/locale.js';
import { compileRule, type CompiledRule } from './compiled-rule.js';
import type { RoleTable, Scope } from './permission-rule.js';

/** One rule's part in a role's answer for one action: what it grants or forbids, where, and why. */
export interface PermissionLine {
  readonly ruleId: string;
  readonly scope: Scope;
  readonly states?: readonly string[];
  readonly subjects: readonly string[];
  readonly fields?: readonly string[];
  readonly reason: LocalizedText;
}

/** What one role may do with one action, rule by rule: the "who may do what" table's cell. */
export interface PermissionCell {
  readonly role: string;
  readonly action: string;
  readonly grants: readonly PermissionLine[];
  readonly prohibitions: readonly PermissionLine[];
}

/** Every action a rule can name, in the order a reader expects: reading first, then commands. */
export const describedActions = ['read', 'unmask', ...commandTypes] as const;

const subjectsOf = (rule: { subject: string | readonly string[] }): readonly string[] =>
  typeof rule.subject === 'string' ? [rule.subject] : rule.subject;

function line(rule: CompiledRule, raw: { subject: string | readonly string[] }): PermissionLine {
  return {
    ruleId: rule.id,
    scope: rule.scope,
    ...(rule.states && { states: [...rule.states] }),
    subjects: subjectsOf(raw),
    ...(rule.fields && { fields: [...rule.fields] }),
    reason: rule.reason,
  };
}

/**
 * The role table as a matrix of roles × actions, each cell listing the rules that grant or forbid
 * it with their scope, fields and reason: what the Storybook page "who may do what" shows, and
 * what a portal can show its own administrators. Computed from the data, never written by hand.
 */
export function describeRoles(roles: RoleTable): PermissionCell[] {
  const cells: PermissionCell[] = [];
  for (const [role, { rules }] of Object.entries(roles)) {
    const compiled = rules.map((rule, index) => ({ rule: compileRule(rule, role, index), raw: rule }));
    for (const action of describedActions) {
      const matching = compiled.filter(({ rule }) => rule.matchesAction(action));
      cells.push({
        role,
        action,
        grants: matching.filter(({ rule }) => !rule.inverted).map(({ rule, raw }) => line(rule, raw)),
        prohibitions: matching.filter(({ rule }) => rule.inverted).map(({ rule, raw }) => line(rule, raw)),
      });
    }
  }
  return cells;
}
