import { z } from './zod.js';
import { schemaMessages } from './messages.js';
import { schemaIssue } from './schema-issue.js';

/** Entity ids: short, URL- and SQL-safe, chosen by the portal or generated. */
export const IdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/);
export type Id = z.output<typeof IdSchema>;

/**
 * The default tenant code: a region code (行政区划代码), 6 digits for a county or district, 9 for a
 * street or town, 12 for a community or village — the statistical codes extend the 6-digit
 * GB/T 2260 code by level. `TenantSchema` and every store's `assertTenant` check the same
 * pattern; a portal whose tenants are something else gives the stores its own.
 */
export const defaultTenantPattern = /^\d{6}(?:\d{3}(?:\d{3})?)?$/;

/**
 * The tenant is a region code (行政区划代码): 6 digits for a county or district, 9 for a street
 * or town, 12 for a community or village. Every stored row carries it.
 */
export const TenantSchema = z.string().regex(defaultTenantPattern);
export type Tenant = z.output<typeof TenantSchema>;

/** A calendar date at the edges of the kit: `YYYY-MM-DD`, read in Asia/Shanghai. */
export const IsoDateSchema = z.iso.date();

/** An instant at the edges of the kit: ISO-8601 with offset. */
export const IsoInstantSchema = z.iso.datetime({ offset: true });

/** Who acts: every command and audit record names an actor. */
export const ActorSchema = z.strictObject({
  id: z.string().min(1).max(128),
  name: z.string().max(100).optional(),
  /** Role ids from the policy's role table (`branchSecretary`, …); unknown ids grant nothing. */
  roles: z.array(z.string().min(1).max(64)).max(16).default([]),
  /** The org the actor acts for: role rules scoped to a subtree are scoped to this org's subtree. */
  orgId: IdSchema.optional(),
  /** The actor's own member record, for rules about oneself (a member updating their phone). */
  memberId: IdSchema.optional(),
});
export type Actor = z.input<typeof ActorSchema>;

/** NUL and unpaired surrogates: PostgreSQL's jsonb refuses them, so the kit never stores them. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const isStorable = (text: string): boolean => !text.includes('\u0000') && !loneSurrogate.test(text);

/** Free text that every store can hold. */
export const TextSchema = z.string().refine(isStorable, schemaIssue(schemaMessages.unstorableText));
