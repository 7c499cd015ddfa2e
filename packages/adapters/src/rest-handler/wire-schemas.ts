import {
  IdSchema,
  IsoInstantSchema,
  TenantSchema,
  TextSchema,
  collectionNames,
  collections,
  locales,
  type CollectionName,
} from '@dangjian/core';
import { z } from 'zod';
import { isStorableJson } from './storable.js';

// The REST contract as zod schemas, built from core's `collections`: the handler validates with
// them and the OpenAPI document is generated from them. Built on first use, not at import:
// `@dangjian/core` must have switched zod to `jitless` (strict CSP) before any schema exists.

const kinds = ['validation', 'notFound', 'conflict', 'forbidden', 'rule'] as const;
const hashPattern = /^[0-9a-f]{64}$/;
const count = z.number().int().nonnegative();

function sameId(change: { id: string; value: unknown }, ctx: z.RefinementCtx): void {
  const value = change.value as { id?: unknown } | null;
  if (value !== null && value.id !== change.id) {
    ctx.addIssue({
      code: 'custom',
      path: ['value', 'id'],
      message: 'The entity id differs from the change id',
      params: { zh: '实体的 id 与本项修改的 id 不一致' },
    });
  }
}

/** One change per entity and commit: two would leave the outcome to the store's write order. */
function oneChangePerEntity(changes: readonly { collection: string; id: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  changes.forEach((change, index) => {
    const key = `${change.collection}\u0000${change.id}`;
    if (seen.has(key)) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: 'The same entity is changed twice in one commit',
        params: { zh: '同一次提交中重复修改了同一个实体' },
      });
    }
    seen.add(key);
  });
}

function entityChange(collection: CollectionName) {
  const entity = collections[collection] as z.ZodType;
  return z.object({ collection: z.literal(collection), id: IdSchema, value: entity.nullable() }).superRefine(sameId);
}

const Patch = () =>
  z
    .object({
      op: z.enum(['add', 'remove', 'replace']),
      path: z.array(z.union([z.string(), z.number()])),
      value: z.unknown().optional(),
    })
    .refine(isStorableJson, {
      message: 'Contains a NUL character or an unpaired surrogate',
      params: { zh: '含有空字符或不成对的代理字符，无法保存' },
    });

/** What clients send: a commit (the tenant in the path, the actor from authentication) and the audit query. */
function requestSchemas(patch: ReturnType<typeof Patch>) {
  const [first, ...rest] = collectionNames.map(entityChange);
  const EntityChange = z.discriminatedUnion('collection', [first!, ...rest]);
  const AuditDraft = z.object({ at: IsoInstantSchema, command: TextSchema.min(1).max(200), patches: z.array(patch) });
  const CommitRequest = z.object({
    baseRevision: count,
    changes: z.array(EntityChange).superRefine(oneChangePerEntity),
    audit: AuditDraft,
  });
  // Query strings are text: decimal digits only, so `''`, `1e3` and `-1` are refused, not coerced.
  const digits = z
    .string()
    .regex(/^\d{1,15}$/)
    .transform(Number);
  const AuditQuery = z.object({ afterSeq: digits.optional(), limit: digits.pipe(z.number().min(1)).optional() });
  return { EntityChange, AuditDraft, CommitRequest, AuditQuery };
}

/** What the handler answers with. Only the OpenAPI document reads these: the store's output is trusted. */
function responseSchemas(patch: ReturnType<typeof Patch>) {
  const records = Object.fromEntries(collectionNames.map((name) => [name, z.array(collections[name]).optional()]));
  const StoredState = z.object({ tenant: TenantSchema, revision: count, records: z.object(records) });
  const CommitReceipt = z.object({ revision: count, auditSeq: count });
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
  return { StoredState, CommitReceipt, AuditRecord, AuditPage };
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
  return { Patch: patch, ...requestSchemas(patch), ...responseSchemas(patch), ...errorSchemas() };
}

export type WireSchemas = ReturnType<typeof buildSchemas>;

let built: WireSchemas | undefined;

export function wireSchemas(): WireSchemas {
  built ??= buildSchemas();
  return built;
}
