import { defaultLocale, type Locale } from '@dangjian/core';

/**
 * Maps a BCP 47 `lang` value to a kit locale. Only English is an alternative today; anything
 * else (zh, zh-Hans, zh-TW, an empty lang, a language we have no messages for) reads as zh-CN,
 * the language every portal page is written in.
 */
export function localeFromLang(lang: string | null | undefined): Locale {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' ? 'en' : defaultLocale;
}

/**
 * The `lang` in force at an element: its own, or the nearest ancestor's. Unlike
 * `Element.closest`, this climbs out of shadow roots, so an element rendered inside another
 * component still follows the page's language.
 */
export function langAt(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}
