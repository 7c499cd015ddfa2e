import { locales, type Locale, type LocalizedText } from './locale.js';

/** A placeholder value: the same in every language, or given per language. */
export type MessageParam = string | number | LocalizedText;
export type MessageParams = Readonly<Record<string, MessageParam>>;

function paramIn(value: MessageParam, locale: Locale): string {
  return typeof value === 'object' ? value[locale] : String(value);
}

/**
 * Fills `{name}` placeholders. Plain string replacement on purpose: portals run a strict CSP,
 * so no template compilation (`new Function`) is allowed anywhere.
 */
export function fill(template: string, params: MessageParams = {}, locale: Locale = 'en'): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    return value === undefined ? whole : paramIn(value, locale);
  });
}

export function localize(templates: LocalizedText, params?: MessageParams): LocalizedText {
  const entries = locales.map((locale) => [locale, fill(templates[locale], params, locale)] as const);
  return Object.fromEntries(entries) as Record<Locale, string>;
}
