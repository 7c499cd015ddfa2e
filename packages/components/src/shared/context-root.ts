import { ContextRoot } from '@lit/context';

/** One root per page, even when two copies of the kit are loaded: the key is a global symbol. */
const installed = Symbol.for('dj-context-root');

/**
 * Lets a connected element find a `<dj-provider>` that is upgraded after it.
 *
 * A portal's markup is parsed before its scripts run, and the `define` entries may be imported
 * in any order: when `<dj-org-tree>` is defined first, it asks for its workspace while the
 * enclosing `<dj-provider>` is still an unknown element, and the request is lost. A
 * `ContextRoot` on the document keeps such requests (weakly) and replays them when a provider
 * announces itself.
 */
export function ensureContextRoot(): void {
  if (typeof document === 'undefined') return;
  const page = globalThis as { [installed]?: ContextRoot };
  if (page[installed]) return;
  const root = new ContextRoot();
  root.attach(document.documentElement);
  page[installed] = root;
}
