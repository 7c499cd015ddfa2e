import en from 'zod/v4/locales/en.js';
import zhCN from 'zod/v4/locales/zh-CN.js';
import type { z } from '../schema/zod.js';
import type { LocalizedText } from '../i18n/locale.js';
import { maskPiiShapes } from '../schema/pii-shapes.js';

const englishMessages = en().localeError;
const chineseMessages = zhCN().localeError;

/** One failed check, described in both languages, with no echo of the input (it may be PII). */
export interface FieldIssue {
  readonly field: string;
  readonly code: string;
  readonly text: LocalizedText;
}

export function fieldPath(path: readonly PropertyKey[], prefix: readonly PropertyKey[] = []): string {
  return [...prefix, ...path].map(String).join('.');
}

/** The phrase a refinement built with `schemaIssue` carries, if it did. */
function phraseOf(issue: z.core.$ZodIssue): { code: string; text: LocalizedText } | undefined {
  if (issue.code !== 'custom') return undefined;
  const params: unknown = issue.params;
  if (typeof params !== 'object' || params === null) return undefined;
  const { code, text } = params as { code?: unknown; text?: Partial<LocalizedText> };
  if (typeof code !== 'string' || typeof text?.['zh-CN'] !== 'string' || typeof text.en !== 'string') return undefined;
  return { code, text: { 'zh-CN': text['zh-CN'], en: text.en } };
}

function describe(issue: z.core.$ZodIssue): LocalizedText {
  if (issue.code === 'custom') return phraseOf(issue)?.text ?? { 'zh-CN': issue.message, en: issue.message };
  // The issue came from a parse with `reportInput: true`, so the locale maps can say what was received.
  const raw = withReadableBounds(issue) as unknown as Parameters<typeof englishMessages>[0];
  const asText = (message: ReturnType<typeof englishMessages>): string =>
    typeof message === 'string' ? message : (message?.message ?? issue.message);
  return {
    'zh-CN': asText(chineseMessages(raw)),
    en: asText(englishMessages(raw)),
  };
}

/**
 * `z.int()` bounds every integer by ±(2^53 − 1), and zod writes that bound out: the 16 digits of
 * 9007199254740991 have the shape of an old-form ID number, which the log scanner and every
 * "no personal number in an error" check flag. Such a bound is written as 2^53−1 instead.
 */
function withReadableBounds(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'too_big' && issue.code !== 'too_small') return issue;
  const key = issue.code === 'too_big' ? 'maximum' : 'minimum';
  const bound = (issue as unknown as Record<string, unknown>)[key];
  if (typeof bound !== 'number' && typeof bound !== 'bigint') return issue;
  if (Math.abs(Number(bound)) < Number.MAX_SAFE_INTEGER) return issue;
  return { ...issue, [key]: `${Number(bound) < 0 ? '-' : ''}2^53−1` } as z.core.$ZodIssue;
}

/** The path an issue is about; an unknown key is named by the key itself, not its object. */
function issuePath(issue: z.core.$ZodIssue): readonly PropertyKey[] {
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  return keys.length > 0 ? [...issue.path, String(keys[0]).slice(0, 64)] : issue.path;
}

/**
 * The issues of a failed parse, each naming its field, in both languages. A key a caller made up
 * can be anything, a pasted phone number included, and it is named in the field path and in
 * zod's "unrecognized key" text: personal-number shapes are starred out of both.
 */
export function toFieldIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): FieldIssue[] {
  return error.issues.map((issue) => {
    const text = describe(issue);
    return {
      field: maskPiiShapes(fieldPath(issuePath(issue), prefix)),
      code: phraseOf(issue)?.code ?? issue.code,
      text: { 'zh-CN': maskPiiShapes(text['zh-CN']), en: maskPiiShapes(text.en) },
    };
  });
}

/** Whether the issue says a value is absent (as opposed to present but wrong). */
export function isMissing(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
}
