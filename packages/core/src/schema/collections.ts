import { MemberSchema } from './member.js';
import { OrgSchema } from './org.js';
import type { z } from './zod.js';

/**
 * Every entity collection of a tenant and the schema of its records. A snapshot holds one table
 * per collection; stores persist them by collection name; the REST contract is generated from here.
 */
export const collections = {
  orgs: OrgSchema,
  members: MemberSchema,
} as const;

export type Collections = typeof collections;
export type CollectionName = keyof Collections;
export type EntityOf<C extends CollectionName> = z.output<Collections[C]>;
export type AnyEntity = EntityOf<CollectionName>;

export const collectionNames = Object.keys(collections) as CollectionName[];

export function isCollectionName(value: unknown): value is CollectionName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(collections, value);
}
