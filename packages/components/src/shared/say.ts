import { localize, type Locale, type LocalizedText, type MessageParams } from '@dangjian/core';

/** A message in the current locale with its `{placeholders}` filled. */
export type Say = (message: LocalizedText, params?: MessageParams) => string;

/** Binds `Say` to a locale, so render helpers outside the element need not know which one. */
export function sayIn(locale: Locale): Say {
  return (message, params) => (params ? localize(message, params)[locale] : message[locale]);
}
