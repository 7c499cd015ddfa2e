import type { Say } from '../shared/say.js';
import { rulesPlaygroundMessages as messages } from './messages.js';

/** A core zod schema, as far as the playground uses it (components do not depend on zod itself). */
export interface Schema<T> {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/** What a textarea holds, read against a schema: the value when valid, else each issue with its path. */
export type Parsed<T> = { readonly value: T; readonly issues?: undefined } | { readonly issues: readonly string[] };

/**
 * Parses JSON text and validates it, so an edit shows each schema error inline with the path it
 * is at (`rules.11.when.min: Expected number`). JSON.parse reads data; nothing is evaluated.
 */
export function parseJson<T>(text: string, schema: Schema<T>, say: Say): Parsed<T> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { issues: [say(messages.notJson, { reason: (error as Error).message })] };
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return { value: parsed.data };
  return {
    issues: parsed.error.issues.map((issue) =>
      say(messages.issue, { path: issue.path.map(String).join('.') || '(root)', message: issue.message }),
    ),
  };
}
