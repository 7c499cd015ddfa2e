import type { Snapshot } from '../kernel/snapshot.js';
import type { LocalizedText } from '../i18n/locale.js';
import type { AnyEntity, CollectionName } from '../schema/collections.js';
import type { ActorOf } from './actor.js';
import { subtreeOf } from '../engines/org-tree.js';
import { anchorOrgIds, ownerActorId, selfMemberId } from './anchors.js';
import type { RawRule, Scope } from './permission-rule.js';

/** What a rule is checked against: an entity as it stands in one snapshot. */
export interface Target {
  readonly collection: CollectionName | 'audit';
  readonly entity?: AnyEntity;
  readonly snapshot: Snapshot;
}

export interface CompiledRule {
  readonly id: string;
  readonly role: string;
  readonly inverted: boolean;
  readonly scope: Scope;
  /** The states an entity must be in for the rule to hold (none: any). */
  readonly states?: ReadonlySet<string>;
  readonly fields?: ReadonlySet<string>;
  readonly reason: LocalizedText;
  matchesAction(action: string): boolean;
  matchesSubject(collection: string): boolean;
}

/**
 * Personal data is only ever granted by name: `*` and `member.*` never cover `unmask` or
 * `member.disclose`, so widening a role's wildcard cannot widen who sees ID numbers.
 */
const grantedByNameOnly = new Set(['unmask', 'member.disclose']);

function actionMatcher(patterns: readonly string[]): (action: string) => boolean {
  return (action) =>
    patterns.some((pattern) => {
      if (pattern === action) return true;
      if (grantedByNameOnly.has(action)) return false;
      if (pattern === '*') return action !== 'unmask';
      return pattern.endsWith('.*') && action.startsWith(pattern.slice(0, -1));
    });
}

const list = <T>(value: T | readonly T[]): readonly T[] => (Array.isArray(value) ? value : [value as T]);

export function compileRule(rule: RawRule, role: string, index: number): CompiledRule {
  const subjects = new Set<string>(list(rule.subject));
  return {
    id: rule.id ?? `${role}.${index}`,
    role,
    inverted: rule.inverted === true,
    scope: rule.conditions?.scope ?? 'tenant',
    ...(rule.conditions?.states && { states: new Set(rule.conditions.states) }),
    ...(rule.fields && { fields: new Set(rule.fields) }),
    reason: rule.reason,
    matchesAction: actionMatcher(list(rule.action)),
    matchesSubject: (collection) => subjects.has('all') || subjects.has(collection),
  };
}

/** Whether the rule's conditions hold for the target; without an entity only tenant-wide rules hold. */
export function conditionsHold(rule: CompiledRule, actor: ActorOf, target: Target): boolean {
  const { entity, collection, snapshot } = target;
  if (rule.states && !rule.states.has(String((entity as { state?: unknown } | undefined)?.state))) return false;
  if (rule.scope === 'tenant') return true;
  if (!entity || collection === 'audit') return false;
  if (rule.scope === 'self') {
    const ownMember = actor.memberId !== undefined && selfMemberId(collection, entity) === actor.memberId;
    return ownMember || ownerActorId(collection, entity) === actor.id;
  }
  if (actor.orgId === undefined) return false;
  const subtree = subtreeOf(snapshot, actor.orgId);
  return anchorOrgIds(snapshot, collection, entity).some((orgId) => subtree.has(orgId));
}

/** The first of `fields` the rule does not cover; a rule without fields covers them all. */
export function uncoveredField(rule: CompiledRule, fields: readonly string[] | undefined): string | undefined {
  if (!rule.fields) return undefined;
  if (!fields) return '*';
  return fields.find((field) => !rule.fields!.has(field));
}
