import type { ValidationError } from '../../kernel/errors.js';
import type { Result } from '../../kernel/result.js';
import { validate } from '../../kernel/validate.js';
import { EvaluationSchemeSchema, type EvaluationScheme } from '../../schema/evaluation-scheme.js';
import schemes from './schemes.json';

/**
 * A portal's scheme, checked: the typed error names the first bad path (`raters.2.weight`,
 * `bands.4`) and lists every issue, so a scheme editor can point at the field.
 */
export function parseEvaluationScheme(value: unknown): Result<EvaluationScheme, ValidationError> {
  return validate(EvaluationSchemeSchema, value, { prefix: ['scheme'] });
}

/** The kit's default schemes (schemes.json beside this file): 民主评议党员 and 多向度考评 of orgs. */
export const defaultEvaluationSchemes: Readonly<Record<'member' | 'org', EvaluationScheme>> = {
  member: EvaluationSchemeSchema.parse(schemes.memberReview),
  org: EvaluationSchemeSchema.parse(schemes.orgAssessment),
};
