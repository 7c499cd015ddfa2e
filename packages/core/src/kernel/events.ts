import type { SubjectRef } from './errors.js';

/** Something that happened, as data: what subscribers, audit and integrations receive. */
export interface DomainEvent {
  /** Dotted, past tense: `org.moved`, `member.registered`. */
  readonly type: string;
  readonly subject: SubjectRef;
  /** The instant the command ran (from the injected clock). */
  readonly at: string;
  readonly actorId: string;
  readonly data?: Readonly<Record<string, unknown>>;
}
