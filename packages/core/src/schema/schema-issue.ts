import { phrase, type Message, type MessageArgs } from '../i18n/define-messages.js';
import type { LocalizedText } from '../i18n/locale.js';

/** What a refinement hands zod: the English text as zod's `message`, and the whole phrase in `params`. */
export interface SchemaIssue {
  readonly message: string;
  readonly params: { readonly code: string; readonly text: LocalizedText };
}

/**
 * A schema's own check speaks through the same messages as every other refusal:
 * `.refine(test, { path, ...schemaIssue(orgMessages.mergeIntoSelf) })`. The field issue reader
 * takes the code and both texts from `params`.
 */
export function schemaIssue<M extends Message>(message: M, ...args: MessageArgs<M>): SchemaIssue {
  const { code, text } = phrase(message, ...args);
  return { message: text.en, params: { code, text } };
}
