import { IdSchema, TenantSchema, collectionNames, locales, readableCollections } from '@dangjian/core';
import { z } from 'zod';
import { isStorableJson } from './storable.js';
import { schemaIssue, schemaMessages } from '@dangjian/core';

// The REST contract as zod schemas, built from core's `collections`: the handler validates with
// them and the OpenAPI document is generated from them. Built on first use, not at import:
// `@dangjian/core` must have switched zod to `jitless` (strict CSP) before any schema exists.

const kinds = ['validation', 'notFound', 'conflict', 'forbidden', 'rule'] as const;
const hashPattern = /^[0-9a-f]{64}$/;
const count = z.number().int().nonnegative();

const Patch = () =>
  z.object({
    op: z.enum(['add', 'remove', 'replace']),
    path: z.array(z.union([z.string(), z.number()])),
    value: z.unknown().optional(),
  });

/** What clients send: a command (the tenant in the path, the actor from authentication) and the audit query. */
function requestSchemas() {
  const CommandBody = z
    .strictObject({
      type: z.string().min(1).max(100),
      input: z.unknown(),
      expectedRevision: count.optional(),
    })
    .refine(isStorableJson, schemaIssue(schemaMessages.unstorableText));
  // Query strings are text: decimal digits only, so `''`, `1e3` and `-1` are refused, not coerced.
  const digits = z
    .string()
    .regex(/^\d{1,15}$/)
    .transform(Number);
  const AuditQuery = z.strictObject({ afterSeq: digits.optional(), limit: digits.pipe(z.number().min(1)).optional() });
  return { CommandBody, AuditQuery, digits };
}

/** What the handler answers with. Only the OpenAPI document reads these: the store's output is trusted. */
function responseSchemas(patch: ReturnType<typeof Patch>) {
  const records = Object.fromEntries(
    collectionNames.map((name) => [name, z.array(readableCollections[name] as z.ZodType).optional()]),
  );
  const StoredState = z.object({ tenant: TenantSchema, revision: count, records: z.object(records) });
  const [first, ...rest] = collectionNames.map((name) =>
    z.object({ collection: z.literal(name), id: IdSchema, value: (readableCollections[name] as z.ZodType).nullable() }),
  );
  const EntityChange = z.discriminatedUnion('collection', [first!, ...rest]);
  const DomainEvent = z.object({
    type: z.string(),
    subject: z.object({ collection: z.string(), id: z.string() }),
    at: z.string(),
    actorId: z.string(),
    data: z.record(z.string(), z.unknown()).optional(),
  });
  const CommandReply = z.object({
    revision: count,
    auditSeq: count,
    patches: z.array(patch),
    changes: z.array(EntityChange),
    events: z.array(DomainEvent),
    result: z.unknown(),
  });
  const AuditRecord = z.object({
    tenant: TenantSchema,
    seq: count,
    revision: count,
    actorId: z.string(),
    at: z.string(),
    command: z.string(),
    patches: z.array(patch),
    prevHash: z.string().regex(hashPattern),
    hash: z.string().regex(hashPattern),
  });
  const AuditPage = z.object({ records: z.array(AuditRecord), hasMore: z.boolean() });
  const MemberPage = z.object({
    total: count,
    offset: count,
    limit: count,
    revision: count,
    items: z.array(readableCollections.members),
    classifications: z.array(
      z.object({ memberId: z.string(), categories: z.array(z.unknown()), care: z.array(z.unknown()) }),
    ),
  });
  const OrgSubtree = z.object({ revision: count, orgs: z.array(readableCollections.orgs) });
  const MemberCounts = z.object({
    revision: count,
    counts: z.record(z.string(), z.object({ full: count, members: count })),
  });
  return {
    StoredState,
    EntityChange,
    DomainEvent,
    CommandReply,
    AuditRecord,
    AuditPage,
    MemberPage,
    OrgSubtree,
    MemberCounts,
  };
}

/** The wire form of `DangjianError` (`toJSON()`), and the bare body of a 500. */
function errorSchemas() {
  const LocalizedText = z.object(Object.fromEntries(locales.map((locale) => [locale, z.string()])));
  const Error = z.object({
    name: z.literal('DangjianError'),
    kind: z.enum(kinds),
    code: z.string(),
    text: LocalizedText,
    rule: z.object({ id: z.string(), version: z.string().optional(), article: z.string().optional() }).optional(),
    subject: z.object({ collection: z.string(), id: z.string() }).optional(),
    field: z.string().optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  });
  const InternalError = z.object({ name: z.literal('InternalError'), text: LocalizedText });
  return { LocalizedText, Error, InternalError };
}

function buildSchemas() {
  const patch = Patch();
  return { Patch: patch, ...requestSchemas(), ...responseSchemas(patch), ...errorSchemas() };
}

export type WireSchemas = ReturnType<typeof buildSchemas>;

let built: WireSchemas | undefined;

export function wireSchemas(): WireSchemas {
  built ??= buildSchemas();
  return built;
}

/** A route that takes no query parameters refuses any. */
export const NoQuery = z.strictObject({});

/** `GET …/state?members=omit`: everything but the members, which a paging client reads page by page. */
export const StateQuery = z.strictObject({ members: z.literal('omit').optional() });
