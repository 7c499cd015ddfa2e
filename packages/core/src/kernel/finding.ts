import type { LocalizedText } from '../i18n/locale.js';
import type { RuleRef, SubjectRef } from './errors.js';

export type Severity = 'error' | 'warning' | 'info';

/** The rule a finding applied, with where it comes from and whether the figure is confirmed. */
export interface AppliedRule extends RuleRef {
  /** The regulation's name, e.g. 中国共产党支部工作条例（试行）. */
  readonly source?: string;
  /** False when the figure or its article was not confirmed in the regulation text. */
  readonly confirmed: boolean;
}

/**
 * What an engine found about one subject: never an action, always data with its reason — the
 * rule (id, version, article), the facts that made it true, and the text in both languages.
 */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly rule: AppliedRule;
  readonly subject: SubjectRef;
  readonly text: LocalizedText;
  readonly facts: Readonly<Record<string, unknown>>;
}
