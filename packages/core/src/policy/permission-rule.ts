import { collectionNames } from '../schema/collections.js';
import { commandTypes } from '../commands/registry.js';
import { z } from '../schema/zod.js';
import { schemaIssue } from '../schema/schema-issue.js';
import { policyMessages } from './messages.js';

/**
 * Authorisation as data, in CASL's raw-rule shape: `{ action, subject, conditions, fields,
 * inverted, reason }`. Rules are JSON a portal can read, diff and layer; they are validated here
 * and compiled once by `createRolePolicy`.
 *
 * - `action`: a command type (`org.move`), a namespace (`member.*`), `read` (state and pages),
 *   `unmask` (reads arrive with ID numbers and phones in full) or `*` (every command and `read`,
 *   not `unmask`).
 * - `subject`: a collection (`members`), `audit` (the audit log) or `all`.
 * - `conditions.scope`: `tenant` (default), `subtree` (the entity's org is at or below the
 *   actor's org), `self` (the entity is the actor's own member record, or hangs off it).
 * - `conditions.states`: the rule holds only for an entity whose `state` is one of these (a
 *   resident reads wishes once reviewed and published: `open`, `claimed`, `fulfilled`).
 * - `fields`: the rule covers changes to these fields only (and disclosure of these fields).
 * - `inverted`: a prohibition; it wins over any permission, and its reason is what the actor reads.
 */
const namespaces = [...new Set(commandTypes.map((type) => type.split('.')[0]!))];

export const actionNames = ['*', 'read', 'unmask', ...namespaces.map((ns) => `${ns}.*`), ...commandTypes] as const;
const ActionSchema = z.string().refine((value) => (actionNames as readonly string[]).includes(value), {
  ...schemaIssue(policyMessages.unknownAction),
});

export const subjectNames = ['all', 'audit', ...collectionNames] as const;
const SubjectSchema = z.enum(subjectNames);

export const scopes = ['tenant', 'subtree', 'self'] as const;
export type Scope = (typeof scopes)[number];

const LocalizedTextSchema = z.strictObject({ 'zh-CN': z.string().min(1).max(300), en: z.string().min(1).max(300) });

const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema).min(1).max(64)]);

export const RawRuleSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,80}$/)
    .optional(),
  action: oneOrMany(ActionSchema),
  subject: oneOrMany(SubjectSchema),
  conditions: z
    .strictObject({
      scope: z.enum(scopes).optional(),
      states: z.array(z.string().min(1).max(40)).min(1).max(20).optional(),
    })
    .optional(),
  fields: z.array(z.string().min(1).max(64)).min(1).max(64).optional(),
  inverted: z.boolean().optional(),
  reason: LocalizedTextSchema,
});
export type RawRule = z.input<typeof RawRuleSchema>;

export const RoleIdSchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/);

export const RoleSchema = z.strictObject({
  label: LocalizedTextSchema,
  rules: z.array(RawRuleSchema).max(200),
});
export type Role = z.input<typeof RoleSchema>;

export const RoleTableSchema = z.record(RoleIdSchema, RoleSchema);
export type RoleTable = Readonly<Record<string, Role>>;

/** A portal's layer over a role table: new roles, more rules for a role, or a role replaced. */
export const RoleLayerSchema = z.record(
  RoleIdSchema,
  z.strictObject({
    label: LocalizedTextSchema.optional(),
    rules: z.array(RawRuleSchema).max(200),
    /** Replace the role's rules instead of adding to them. */
    replace: z.boolean().optional(),
  }),
);
export type RoleLayer = z.input<typeof RoleLayerSchema>;
