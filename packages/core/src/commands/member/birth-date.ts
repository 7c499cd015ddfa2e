import type { CivilDate } from '../../calendar/civil-date.js';
import { ValidationError, type SubjectRef } from '../../kernel/errors.js';
import { idNumberBirthDate } from '../../schema/id-number.js';
import { phrase } from '../../i18n/define-messages.js';
import { refusal } from '../../kernel/rule.js';
import { memberMessages } from './messages.js';
import { memberRules } from './rules.js';

/**
 * The birth date to keep: the one given, which must be the one the ID number encodes, or when
 * none is given the encoded one. Neither is a ValidationError; so is a disagreement (naming
 * `field`, never the digits: both are personal data).
 */
export function checkedBirthDate(
  given: string | undefined,
  idNumber: string | undefined,
  where: { readonly subject: SubjectRef; readonly field: 'birthDate' | 'idNumber' },
): string {
  const encoded: CivilDate | undefined = idNumber === undefined ? undefined : idNumberBirthDate(idNumber);
  if (given === undefined) {
    if (encoded !== undefined) return encoded;
    throw new ValidationError({
      ...phrase(memberMessages.birthDateMissing),
      subject: where.subject,
      field: 'birthDate',
    });
  }
  if (encoded !== undefined && encoded !== given)
    throw new ValidationError(refusal(memberRules.birthDateMatchesIdNumber, where.subject, where.field));
  return given;
}
