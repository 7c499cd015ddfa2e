import { isCivilDate, type CivilDate } from '../calendar/civil-date.js';

// The ID number's digits, check character and masks as plain functions, apart from the zod
// schemas: display code (masking, ages from the birth date) reads them without a validator.

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const checkCharacters = '10X98765432';

/** The GB 11643-1999 check character of the first 17 digits of a citizen ID number. */
export function idNumberCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * weights[i]!;
  return checkCharacters[sum % 11]!;
}

/** An ID number as the kit keeps it: spaces trimmed, the check letter an upper-case X. */
export function normalizeIdNumber(value: string): string {
  return value.trim().toUpperCase();
}

/** The birth date an ID number encodes (digits 7–14), if it is a real calendar date. */
export function idNumberBirthDate(idNumber: string): CivilDate | undefined {
  const encoded = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
  return isCivilDate(encoded) ? encoded : undefined;
}

/**
 * True for an 18-character number with a valid birth date and GB 11643 check character. The
 * check letter may be typed x or X: every input path reads it as X (see `IdNumberInput`).
 */
export function isValidIdNumber(value: string): boolean {
  const idNumber = value.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(idNumber)) return false;
  return idNumberBirthDate(idNumber) !== undefined && idNumberCheckCharacter(idNumber.slice(0, 17)) === idNumber[17];
}

/** Masks an ID number for display: first 6 and last 4 kept (320402********123X). */
export function maskIdNumber(idNumber: string): string {
  return idNumber.length < 10
    ? '*'.repeat(idNumber.length)
    : `${idNumber.slice(0, 6)}${'*'.repeat(idNumber.length - 10)}${idNumber.slice(-4)}`;
}

/** Masks a phone number for display: 138****5678. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length < 7
    ? '*'.repeat(digits.length)
    : `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}
