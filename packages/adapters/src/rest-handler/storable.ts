import { TextSchema } from '@dangjian/core';

/**
 * Whether every string in a JSON value (keys included) is text a store can hold: PostgreSQL's
 * jsonb refuses NUL and unpaired surrogates, so refusing them here makes that a 400 naming the
 * body instead of a 500 from the database. Walks with a stack, not recursion: a body nested
 * thousands deep must be an answer, not a stack overflow.
 */
export function isStorableJson(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current === 'string') {
      if (!TextSchema.safeParse(current).success) return false;
    } else if (Array.isArray(current)) {
      stack.push(...current);
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, item] of Object.entries(current)) stack.push(key, item);
    }
  }
  return true;
}
