import { ForbiddenError } from '../kernel/errors.js';
import type { LocalizedText } from '../i18n/locale.js';
import { validate } from '../kernel/validate.js';
import type { Snapshot } from '../kernel/snapshot.js';
import type { AnyEntity, CollectionName } from '../schema/collections.js';
import type { ActorOf } from './actor.js';
import { compileRule, conditionsHold, uncoveredField, type CompiledRule, type Target } from './compiled-rule.js';
import defaultRoleTable from './default-roles.json';
import { RoleLayerSchema, RoleTableSchema, type RoleLayer, type RoleTable } from './permission-rule.js';
import type { ChangesRequest, Policy, PolicyRequest } from './policy.js';
import { phrase } from '../i18n/define-messages.js';
import { policyMessages } from './messages.js';
import { policyRules } from './rules.js';

/** The kit's roles (DESIGN §7), as data: district and street admins down to a resident. */
// JSON widens `subject` to string; `resolveRoles` validates the table like any portal's before use.
export const defaultRoles: RoleTable = defaultRoleTable as RoleTable;

export interface RolePolicyOptions {
  /** The role table to start from. Default: `defaultRoles`. */
  readonly roles?: RoleTable;
  /** A portal's own layer: new roles, extra rules for a role, or a role's rules replaced. */
  readonly layer?: RoleLayer;
}

/** The decision for one action on one target: allowed, or the rule (and field) that refused. */
export interface Decision {
  readonly allowed: boolean;
  readonly rule?: CompiledRule;
  readonly field?: string;
}

/** Validates and merges the role table and a portal's layer; a bad rule is a typed error naming its path. */
export function resolveRoles(options: RolePolicyOptions = {}): RoleTable {
  const base = validate(RoleTableSchema, options.roles ?? defaultRoles, { prefix: ['roles'] });
  if (!base.ok) throw base.error;
  if (!options.layer) return base.value;
  const layer = validate(RoleLayerSchema, options.layer, { prefix: ['layer'] });
  if (!layer.ok) throw layer.error;
  const merged: Record<string, RoleTable[string]> = { ...base.value };
  for (const [id, change] of Object.entries(layer.value)) {
    const current = merged[id];
    const label = change.label ?? current?.label ?? { 'zh-CN': id, en: id };
    const rules = change.replace || !current ? change.rules : [...current.rules, ...change.rules];
    merged[id] = { label, rules };
  }
  return merged;
}

/**
 * Roles and scopes as data, checked CASL's way: an action is allowed when some rule of one of the
 * actor's roles grants it for the target and no prohibition (inverted rule) matches; the refusal
 * names the deciding rule and carries its reason in both languages.
 */
export class RolePolicy implements Policy {
  readonly roles: RoleTable;
  readonly #rulesByRole: ReadonlyMap<string, readonly CompiledRule[]>;

  constructor(options: RolePolicyOptions = {}) {
    this.roles = resolveRoles(options);
    this.#rulesByRole = new Map(
      Object.entries(this.roles).map(([role, { rules }]) => [
        role,
        rules.map((rule, index) => compileRule(rule, role, index)),
      ]),
    );
  }

  rulesOf(actor: ActorOf): readonly CompiledRule[] {
    return actor.roles.flatMap((role) => this.#rulesByRole.get(role) ?? []);
  }

  /** May `actor` do `action` on `target` (touching `fields`, if named)? */
  decide(actor: ActorOf, action: string, target: Target, fields?: readonly string[]): Decision {
    const rules = this.rulesOf(actor).filter(
      (rule) =>
        rule.matchesAction(action) && rule.matchesSubject(target.collection) && conditionsHold(rule, actor, target),
    );
    const prohibition = rules.find((rule) => rule.inverted && prohibits(rule, fields));
    if (prohibition) return { allowed: false, rule: prohibition };
    const grants = rules.filter((rule) => !rule.inverted);
    if (grants.some((rule) => uncoveredField(rule, fields) === undefined)) return { allowed: true };
    const partial = grants[0];
    if (partial) return { allowed: false, rule: partial, field: uncoveredField(partial, fields) ?? '*' };
    return { allowed: false };
  }

  authorize(request: PolicyRequest): ForbiddenError | undefined {
    const { ctx, command, subject, snapshot, fields } = request;
    const actor = ctx.actor;
    const rules = this.rulesOf(actor).filter((rule) => rule.matchesAction(command));
    // A prohibition that holds everywhere is the clearest answer: it names the rule and its reason.
    const everywhere = rules.find(
      (rule) =>
        rule.inverted &&
        rule.scope === 'tenant' &&
        !rule.fields &&
        (!subject || rule.matchesSubject(subject.collection)),
    );
    if (everywhere)
      return this.#refusal(actor, command, subject?.collection ?? 'all', subject?.id, { rule: everywhere });
    if (!rules.some((rule) => !rule.inverted))
      return this.#refusal(actor, command, subject?.collection ?? 'all', subject?.id, {});
    if (!subject) return undefined;
    const collection = subject.collection as CollectionName;
    const entity = snapshot[collection]?.get(subject.id) as AnyEntity | undefined;
    // A subject that does not exist yet (a new entity) is judged on what the command writes.
    if (!entity) return undefined;
    // Which fields a command writes is known after the run; before it, only fields it names count.
    const decision = this.decide(actor, command, { collection, entity, snapshot }, fields ?? []);
    return decision.allowed ? undefined : this.#refusal(actor, command, collection, subject.id, decision);
  }

  authorizeChanges(request: ChangesRequest & { readonly fields?: readonly string[] }): ForbiddenError | undefined {
    const { ctx, command, before, after } = request;
    const changedFields = fieldsByEntity(request.patches);
    for (const change of request.changes) {
      const key = `${change.collection}\u0000${change.id}`;
      const old = before[change.collection].get(change.id) as AnyEntity | undefined;
      const next = change.value as AnyEntity | null;
      const fields = old && next ? changedFields.get(key) : request.fields;
      const checks: Target[] = [];
      if (old) checks.push({ collection: change.collection, entity: old, snapshot: before });
      if (next) checks.push({ collection: change.collection, entity: next, snapshot: after });
      for (const target of checks) {
        const decision = this.decide(ctx.actor, command, target, fields);
        if (!decision.allowed) return this.#refusal(ctx.actor, command, change.collection, change.id, decision);
      }
    }
    return undefined;
  }

  canRead(actor: ActorOf, snapshot: Snapshot, collection: CollectionName | 'audit', entity?: AnyEntity): boolean {
    return this.decide(actor, 'read', { collection, snapshot, ...(entity && { entity }) }).allowed;
  }

  /**
   * A `read` rule with `fields` discloses those fields only: what a reader sees of an entity it may
   * not read whole (members see a review's scheme and participants, not others' decided ratings).
   */
  readableFields(actor: ActorOf, snapshot: Snapshot, collection: CollectionName, entity: AnyEntity): readonly string[] {
    const target: Target = { collection, entity, snapshot };
    const rules = this.rulesOf(actor).filter(
      (rule) => rule.matchesAction('read') && rule.matchesSubject(collection) && conditionsHold(rule, actor, target),
    );
    if (rules.some((rule) => rule.inverted && !rule.fields)) return [];
    const refused = new Set(rules.flatMap((rule) => (rule.inverted && rule.fields ? [...rule.fields] : [])));
    const granted = rules.flatMap((rule) => (!rule.inverted && rule.fields ? [...rule.fields] : []));
    return [...new Set(granted)].filter((field) => !refused.has(field));
  }

  canUnmask(actor: ActorOf, snapshot: Snapshot, member: AnyEntity, field: string): boolean {
    return this.decide(actor, 'unmask', { collection: 'members', entity: member, snapshot }, [field]).allowed;
  }

  #refusal(
    actor: ActorOf,
    action: string,
    collection: string,
    id: string | undefined,
    decision: Pick<Decision, 'rule' | 'field'>,
  ): ForbiddenError {
    const { rule, field } = decision;
    const roles = actor.roles.length > 0 ? actor.roles.join(', ') : '—';
    const reason: LocalizedText = rule
      ? field
        ? phrase(policyMessages.notField, { reason: rule.reason, field }).text
        : rule.reason
      : phrase(policyMessages.noGrant, { roles }).text;
    return new ForbiddenError({
      ...phrase(policyMessages.forbidden, { action, subject: id ? `${collection} “${id}”` : collection, reason }),
      rule: rule ? { id: rule.id } : { id: policyRules.noGrant.id, version: policyRules.noGrant.version },
      ...(id && { subject: { collection, id } }),
      ...(field && field !== '*' && { field }),
      details: { roles: actor.roles },
    });
  }
}

/** A prohibition with fields forbids only those fields (and whole-entity writes); without, everything. */
function prohibits(rule: CompiledRule, fields: readonly string[] | undefined): boolean {
  if (!rule.fields || !fields) return true;
  return fields.some((field) => rule.fields!.has(field));
}

/** The top-level fields each entity's patches touch; a whole-entity patch names none. */
function fieldsByEntity(patches: ChangesRequest['patches']): Map<string, string[]> {
  const byEntity = new Map<string, string[]>();
  for (const patch of patches) {
    const [collection, id, field] = patch.path;
    if (field === undefined) continue;
    const key = `${String(collection)}\u0000${String(id)}`;
    const fields = byEntity.get(key) ?? [];
    if (!fields.includes(String(field))) fields.push(String(field));
    byEntity.set(key, fields);
  }
  return byEntity;
}

export function createRolePolicy(options: RolePolicyOptions = {}): RolePolicy {
  return new RolePolicy(options);
}
