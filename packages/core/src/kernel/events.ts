import type { SubjectRef } from './errors.js';

declare global {
  /**
   * Each domain event type and its data, `undefined` for an event without data. Filled by each
   * area beside its commands (`commands/org/events.ts` …), so the kernel names no domain area. It
   * is global, like the DOM's `HTMLElementEventMap`, because a module augmentation of a relative
   * path does not survive bundling into one declaration file; a portal adds its own events here
   * the same way.
   */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
  interface DangjianDomainEventMap {}
}

/** Each domain event type and its data (see `DangjianDomainEventMap`). */
export type DomainEventMap = DangjianDomainEventMap;

/** Dotted, past tense: `org.moved`, `member.registered`. */
export type DomainEventType = keyof DomainEventMap & string;

/** The event types that carry no data: what a generic command (create one entity, update one member) emits. */
export type DataFreeEventType = {
  [T in DomainEventType]: [DomainEventMap[T]] extends [undefined] ? T : never;
}[DomainEventType];

type DataField<D> = [D] extends [undefined] ? { readonly data?: undefined } : { readonly data: Readonly<D> };

/** What a command emits: the type, the subject and the type's data; the kernel adds when and who. */
export type DomainEventInput<T extends DomainEventType = DomainEventType> = {
  readonly type: T;
  readonly subject: SubjectRef;
} & DataField<DomainEventMap[T]>;

/** One event of type `T`, as subscribers, audit and integrations receive it. */
export type DomainEventOf<T extends DomainEventType> = DomainEventInput<T> & {
  /** The instant the command ran (from the injected clock). */
  readonly at: string;
  readonly actorId: string;
};

/** Something that happened, as data: a union over the event types, narrowed by `type`. */
export type DomainEvent = { [T in DomainEventType]: DomainEventOf<T> }[DomainEventType];
