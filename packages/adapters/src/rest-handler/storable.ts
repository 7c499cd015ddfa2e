import { TextSchema } from '@dangjian/core';

/**
 * Whether every string in a JSON value (keys included) is text a store can hold. Patches carry
 * free JSON, and PostgreSQL's jsonb refuses NUL and unpaired surrogates: refusing them here makes
 * that a 400 naming the field instead of a 500 from the database.
 */
export function isStorableJson(value: unknown): boolean {
  if (typeof value === 'string') return TextSchema.safeParse(value).success;
  if (Array.isArray(value)) return value.every(isStorableJson);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).every(([key, item]) => isStorableJson(key) && isStorableJson(item));
  }
  return true;
}
