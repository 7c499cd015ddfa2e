import { ensureContextRoot } from './context-root.js';

/**
 * Registers a custom element, and warns instead of throwing when the tag is already taken.
 *
 * Portals load scripts from many teams: a second copy of the kit (or another library that chose
 * the same tag) must not break the whole page with a `NotSupportedError`. The first definition
 * wins; a repeated definition of the very same class is silent.
 *
 * It also makes sure the page has a context root before any element upgrades, so elements and
 * their `<dj-provider>` may be defined in any order.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  // Server-side rendering or a test in Node: there is nothing to register with.
  if (!registry) return;
  ensureContextRoot();
  const existing = registry.get(tag);
  if (existing === undefined) {
    registry.define(tag, element);
    return;
  }
  if (existing !== element) {
    console.warn(
      `[dangjian] <${tag}> is already defined by another script; keeping the first definition. ` +
        'Two copies of @dangjian/components may be loaded on this page.',
    );
  }
}
