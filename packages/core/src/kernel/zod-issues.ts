import en from 'zod/v4/locales/en.js';
import zhCN from 'zod/v4/locales/zh-CN.js';
import type { z } from '../schema/zod.js';
import type { LocalizedText } from '../i18n/locale.js';

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

function describe(issue: z.core.$ZodIssue): LocalizedText {
  if (issue.code === 'custom') {
    const zh: unknown = issue.params?.['zh'];
    return {
      'zh-CN': typeof zh === 'string' ? zh : issue.message,
      en: issue.message,
    };
  }
  // The issue came from a parse with `reportInput: true`, so the locale maps can say what was received.
  const raw = issue as unknown as Parameters<typeof englishMessages>[0];
  const asText = (message: ReturnType<typeof englishMessages>): string =>
    typeof message === 'string' ? message : (message?.message ?? issue.message);
  return {
    'zh-CN': asText(chineseMessages(raw)),
    en: asText(englishMessages(raw)),
  };
}

/** The path an issue is about; an unknown key is named by the key itself, not its object. */
function issuePath(issue: z.core.$ZodIssue): readonly PropertyKey[] {
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  return keys.length > 0 ? [...issue.path, String(keys[0]).slice(0, 64)] : issue.path;
}

export function toFieldIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: fieldPath(issuePath(issue), prefix),
    code: issue.code,
    text: describe(issue),
  }));
}

/** Whether the issue says a value is absent (as opposed to present but wrong). */
export function isMissing(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined;
}
