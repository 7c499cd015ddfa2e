import { phrase, type Message, type MessageArgs } from '../i18n/define-messages.js';
import type { LocalizedText } from '../i18n/locale.js';
import { RuleViolationError, type ErrorInit, type RuleRef, type SubjectRef } from './errors.js';
import type { AppliedRule, Finding, Severity } from './finding.js';

/**
 * One entry of the rule catalogue: a rule a command or engine applies, where it comes from, its
 * name in both languages and the message its refusal or finding carries. Plain data (CASL's
 * `RawRule` is the model), so a catalogue can be listed, documented and checked.
 */
export interface CatalogueRule<M extends Message = Message> {
  /** Stable and dotted: `org.acyclic`. */
  readonly id: string;
  /** The version in force: a regulation's year, or the kit's own revision of a data rule. */
  readonly version: string;
  /** The article it applies, where the rule comes from a regulation. */
  readonly article?: string;
  /** The regulation's or standard's name. */
  readonly source?: string;
  /** False when the figure or its article is not confirmed in the regulation text. */
  readonly confirmed: boolean;
  /** What the rule says, in a few words: how a list of rules names it. */
  readonly label: LocalizedText;
  /** What a refusal or finding under this rule says. */
  readonly message: M;
}

/** Declares a rule; `const` keeps its message's placeholder names for `refuse`. */
export function defineRule<const M extends Message>(rule: CatalogueRule<M>): CatalogueRule<M> {
  return Object.freeze(rule);
}

/** The rule as an error or finding names it: id, version and article (and whether confirmed). */
export function appliedRule(rule: CatalogueRule): AppliedRule {
  return {
    id: rule.id,
    version: rule.version,
    ...(rule.article !== undefined && { article: rule.article }),
    ...(rule.source !== undefined && { source: rule.source }),
    confirmed: rule.confirmed,
  };
}

/** The short reference an error carries. */
function ruleRef(rule: CatalogueRule): RuleRef {
  return { id: rule.id, version: rule.version, ...(rule.article !== undefined && { article: rule.article }) };
}

/** What a refusal under `rule` is built from, for the rare error that also carries `details`. */
export function refusal<M extends Message>(
  rule: CatalogueRule<M>,
  subject: SubjectRef,
  field: string | undefined,
  ...params: MessageArgs<M>
): ErrorInit {
  return {
    ...phrase(rule.message, ...params),
    rule: ruleRef(rule),
    subject,
    ...(field !== undefined && { field }),
  };
}

/**
 * The one way a command refuses under a rule: the error names the rule, the subject and the field,
 * and its text is the rule's message filled with `params` (checked against the template's
 * placeholders at compile time). It returns the error; the caller throws, so control flow stays
 * visible.
 */
export function refuse<M extends Message>(
  rule: CatalogueRule<M>,
  subject: SubjectRef,
  field: string | undefined,
  ...params: MessageArgs<M>
): RuleViolationError {
  return new RuleViolationError(refusal(rule, subject, field, ...params));
}

/** Where a finding is, how serious it is and the facts that made it true. */
export interface FindingPlace {
  readonly subject: SubjectRef;
  readonly severity: Severity;
  readonly facts: Readonly<Record<string, unknown>>;
  /** The version in force when a portal's local figure replaced the rule's (`2026-11-23+local`). */
  readonly version?: string;
  /** False when a portal's own figure, not the regulation's, decided it. */
  readonly confirmed?: boolean;
}

/**
 * The one way an engine reports under a rule: the finding names the rule (id, version, article,
 * whether confirmed), carries its message's code and text filled with `params` (checked against
 * the template at compile time), and the facts behind it.
 */
export function finding<M extends Message>(
  rule: CatalogueRule<M>,
  place: FindingPlace,
  ...params: MessageArgs<M>
): Finding {
  const { code, text } = phrase(rule.message, ...params);
  const applied = {
    ...appliedRule(rule),
    ...(place.version !== undefined && { version: place.version }),
    ...(place.confirmed !== undefined && { confirmed: place.confirmed }),
  };
  return {
    code,
    severity: place.severity,
    rule: applied,
    subject: place.subject,
    text,
    facts: place.facts,
  };
}
