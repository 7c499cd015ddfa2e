import { z } from './zod.js';
import { schemaMessages } from './messages.js';
import { schemaIssue } from './schema-issue.js';
import { isValidIdNumber, normalizeIdNumber } from './id-number-digits.js';

export * from './id-number-digits.js';

const invalidIdNumber = schemaIssue(schemaMessages.invalidIdNumber);

/** 公民身份号码 as stored: 18 characters, valid birth date, GB 11643 check character (upper-case X). */
export const IdNumberSchema = z
  .string()
  .refine((value) => value === normalizeIdNumber(value) && isValidIdNumber(value), invalidIdNumber);

/** 公民身份号码 as typed: spaces trimmed and a lower-case x read as X before the check. */
export const IdNumberInput = z.string().transform(normalizeIdNumber).refine(isValidIdNumber, invalidIdNumber);
