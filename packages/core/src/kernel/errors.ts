import type { Phrase } from '../i18n/define-messages.js';
import { defaultLocale, type Locale, type LocalizedText } from '../i18n/locale.js';
import { maskPiiShapes } from '../schema/pii-shapes.js';

/** Which rule a decision applied: its id, the version in force and, where known, the article. */
export interface RuleRef {
  readonly id: string;
  readonly version?: string;
  readonly article?: string;
}

/** The entity an error or finding is about. */
export interface SubjectRef {
  readonly collection: string;
  readonly id: string;
}

export type ErrorKind = 'validation' | 'notFound' | 'conflict' | 'forbidden' | 'rule';

/** The wire form of every kit error: what the REST handler sends and `DangjianError.fromJSON` reads. */
export interface DangjianErrorJSON {
  readonly name: 'DangjianError';
  readonly kind: ErrorKind;
  readonly code: string;
  readonly text: LocalizedText;
  readonly rule?: RuleRef;
  readonly subject?: SubjectRef;
  readonly field?: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * What an error is built from: a filled message (`...phrase(messages.x, params)`, so the type
 * checker holds the parameters to the template) and what it is about.
 */
export interface ErrorInit extends Phrase {
  readonly rule?: RuleRef;
  readonly subject?: SubjectRef;
  readonly field?: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * The one error type of the kit (CASL's ForbiddenError is the model): it names what went wrong
 * (`code`), the rule that decided it, the subject and the field, with the message in zh-CN and en.
 * `message` is the English text so stack traces stay readable; UIs use `text[locale]`.
 */
export class DangjianError extends Error {
  override readonly name = 'DangjianError';
  readonly kind: ErrorKind;
  readonly code: string;
  readonly text: LocalizedText;
  readonly rule?: RuleRef;
  readonly subject?: SubjectRef;
  readonly field?: string;
  readonly details?: Readonly<Record<string, unknown>>;

  constructor(kind: ErrorKind, init: ErrorInit | DangjianErrorJSON) {
    const text = maskedText(init.text);
    super(text.en);
    this.kind = kind;
    this.code = init.code;
    this.text = text;
    if (init.rule) this.rule = init.rule;
    if (init.subject) this.subject = { ...init.subject, id: maskPiiShapes(init.subject.id) };
    if (init.field !== undefined) this.field = maskPiiShapes(init.field);
    if (init.details) this.details = init.details;
  }

  /** The message in the asked language (zh-CN by default). */
  messageIn(locale: Locale = defaultLocale): string {
    return this.text[locale];
  }

  toJSON(): DangjianErrorJSON {
    return {
      name: 'DangjianError',
      kind: this.kind,
      code: this.code,
      text: this.text,
      ...(this.rule && { rule: this.rule }),
      ...(this.subject && { subject: this.subject }),
      ...(this.field !== undefined && { field: this.field }),
      ...(this.details && { details: this.details }),
    };
  }

  /** Rebuilds the right subclass from its wire form, so `instanceof ConflictError` works after REST. */
  static fromJSON(json: DangjianErrorJSON): DangjianError {
    const Kind = errorClasses[json.kind];
    return new Kind(json);
  }
}

/**
 * An error names what it is about with what the caller sent: an id, a tenant code, a key. A clerk
 * who pastes an ID number or a phone where an id goes must not get it back in an error body that
 * proxies and logs keep, so personal-number shapes in its text are starred out. No template holds
 * such a shape, so only what a parameter brought in is touched.
 */
function maskedText(text: LocalizedText): LocalizedText {
  return { 'zh-CN': maskPiiShapes(text['zh-CN']), en: maskPiiShapes(text.en) };
}

/** Input or entity failed its schema. `field` is the dotted path, e.g. `members.3.name`. */
export class ValidationError extends DangjianError {
  constructor(init: ErrorInit | DangjianErrorJSON) {
    super('validation', init);
  }
}

/** A referenced entity does not exist. */
export class NotFoundError extends DangjianError {
  constructor(init: ErrorInit | DangjianErrorJSON) {
    super('notFound', init);
  }
}

/** A write based on a stale revision: nothing was written; reload and retry. */
export class ConflictError extends DangjianError {
  constructor(init: ErrorInit | DangjianErrorJSON) {
    super('conflict', init);
  }
}

/** The policy refused the command. */
export class ForbiddenError extends DangjianError {
  constructor(init: ErrorInit | DangjianErrorJSON) {
    super('forbidden', init);
  }
}

/** A domain rule refused the command (a cycle in the org tree, a threshold, a deadline). */
export class RuleViolationError extends DangjianError {
  constructor(init: ErrorInit | DangjianErrorJSON) {
    super('rule', init);
  }
}

const errorClasses: Record<ErrorKind, new (init: DangjianErrorJSON) => DangjianError> = {
  validation: ValidationError,
  notFound: NotFoundError,
  conflict: ConflictError,
  forbidden: ForbiddenError,
  rule: RuleViolationError,
};

export function isDangjianError(value: unknown): value is DangjianError {
  return value instanceof DangjianError;
}
