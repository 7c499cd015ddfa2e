import type { z } from '../schema/zod.js';
import { ValidationError, type SubjectRef } from './errors.js';
import { err, ok, type Result } from './result.js';
import { isMissing, toFieldIssues } from './zod-issues.js';
import { phrase } from '../i18n/define-messages.js';
import { inputMessages } from './messages.js';

/**
 * Parses `value` with `schema`. On failure the error names the first bad field and lists every
 * issue (field, code, text in both languages) in `details.issues`, without echoing the input.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: {
    readonly prefix?: readonly PropertyKey[];
    readonly subject?: SubjectRef;
  } = {},
): Result<z.output<S>, ValidationError> {
  const parsed = schema.safeParse(value, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  const issues = toFieldIssues(parsed.error, where.prefix);
  const first = parsed.error.issues[0];
  const firstIssue = issues[0];
  if (!first || !firstIssue) throw new Error('zod reported failure without issues');
  const params = {
    field: firstIssue.field || '(root)',
    detail: firstIssue.text,
  };
  return err(
    new ValidationError({
      ...(isMissing(first) ? phrase(inputMessages.required, params) : phrase(inputMessages.invalid, params)),
      field: firstIssue.field,
      ...(where.subject && { subject: where.subject }),
      details: { issues },
    }),
  );
}
