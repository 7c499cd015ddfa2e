import { localize, type MessageParam } from './format.js';
import type { LocalizedText } from './locale.js';

/** The `{name}` placeholders of a template, as a union of names (never when there are none). */
export type PlaceholderOf<Template extends string> = Template extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholderOf<Rest>
  : never;

/** Carries a message's placeholder names for the type checker only; nothing at run time. */
declare const placeholderNames: unique symbol;

/**
 * One message of the kit: a stable `code` a portal can branch on and its templates in every
 * language. The placeholder names ride along in the type, so `phrase(message, params)` does not
 * compile when a parameter is missing or misspelt.
 */
export interface Message<Code extends string = string, Placeholder extends string = string> {
  readonly code: Code;
  readonly templates: LocalizedText;
  readonly [placeholderNames]?: Placeholder;
}

/** The placeholder names of a message, as a union. */
export type PlaceholdersOf<M extends Message> = M extends Message<string, infer Placeholder> ? Placeholder : never;

/** The parameters a message needs: none, or one value per placeholder. */
export type MessageArgs<M extends Message> =
  M extends Message<string, infer Placeholder>
    ? [Placeholder] extends [never]
      ? []
      : [params: Readonly<Record<Placeholder, MessageParam>>]
    : never;

type MessageTable<Area extends string, Texts extends Readonly<Record<string, LocalizedText>>> = {
  readonly [Key in keyof Texts & string]: Message<
    `${Area}.${Key}`,
    PlaceholderOf<Texts[Key]['zh-CN']> | PlaceholderOf<Texts[Key]['en']>
  >;
};

/**
 * Declares one area's messages beside its code: `defineMessages('org', { cycle: {…} })` gives
 * `orgMessages.cycle` with code `org.cycle`. Each area owns its prefix, so codes never collide
 * and the kernel needs no list of every domain's words.
 */
export function defineMessages<const Area extends string, const Texts extends Readonly<Record<string, LocalizedText>>>(
  area: Area,
  texts: Texts,
): MessageTable<Area, Texts> {
  const entries = Object.entries(texts).map(([key, templates]) => [key, { code: `${area}.${key}`, templates }]);
  return Object.freeze(Object.fromEntries(entries)) as MessageTable<Area, Texts>;
}

type CodeOf<Table> = Table[keyof Table] extends Message<infer Code> ? Code : never;

/** An area's templates by full code, for code that picks a message by its code. */
export function templatesByCode<Table extends Readonly<Record<string, Message>>>(
  table: Table,
): Readonly<Record<CodeOf<Table>, LocalizedText>> {
  const entries = Object.values(table).map((message) => [message.code, message.templates]);
  return Object.fromEntries(entries) as Record<CodeOf<Table>, LocalizedText>;
}

/** A message with its parameters filled in, in every language. */
export interface Phrase<Code extends string = string> {
  readonly code: Code;
  readonly text: LocalizedText;
}

/** Fills a message's placeholders; the type checker holds the parameters to the template's names. */
export function phrase<M extends Message>(message: M, ...args: MessageArgs<M>): Phrase<M['code']> {
  const [params] = args as [Readonly<Record<string, MessageParam>>?];
  return { code: message.code, text: localize(message.templates, params) };
}
