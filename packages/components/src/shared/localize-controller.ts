import type { Locale, LocalizedText } from '@dangjian/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { langAt, localeFromLang } from './locale.js';

type LocalizedHost = ReactiveControllerHost & Element;

/** Connected controllers, re-resolved whenever some `lang` attribute changes. */
const controllers = new Set<LocalizeController>();
/** Roots already observed: a MutationObserver cannot be asked which targets it has. */
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

/**
 * One observer for the whole page, filtered to `lang`: a lang change is rare, so re-resolving
 * every connected element then is cheaper than an observer per element. Shadow roots are not
 * part of the document's subtree, so each root that holds a localized element is observed too.
 */
function observeRootOf(host: Element): void {
  observer ??= new MutationObserver(() => {
    for (const controller of controllers) controller.resolve();
  });
  const roots: Node[] = [host.ownerDocument.documentElement];
  const root = host.getRootNode();
  if (root instanceof ShadowRoot) roots.push(root);
  for (const target of roots) {
    if (observedRoots.has(target)) continue;
    observedRoots.add(target);
    observer.observe(target, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

/**
 * Gives an element its locale: zh-CN by default, `en` when its own `lang` or the nearest
 * ancestor's says so, and a re-render whenever that changes.
 */
export class LocalizeController implements ReactiveController {
  readonly #host: LocalizedHost;
  #locale: Locale;

  constructor(host: LocalizedHost) {
    this.#host = host;
    this.#locale = localeFromLang(null);
    host.addController(this);
  }

  get locale(): Locale {
    return this.#locale;
  }

  /** The text in the current locale. */
  text(text: LocalizedText): string {
    return text[this.#locale];
  }

  hostConnected(): void {
    controllers.add(this);
    observeRootOf(this.#host);
    this.resolve();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Reads the `lang` in force again and re-renders the host if the locale changed. */
  resolve(): void {
    const next = localeFromLang(langAt(this.#host));
    if (next === this.#locale) return;
    this.#locale = next;
    this.#host.requestUpdate();
  }
}
