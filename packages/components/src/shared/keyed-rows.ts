import { noChange } from 'lit';
import { Directive, directive, PartType, type ChildPart, type DirectiveResult, type PartInfo } from 'lit/directive.js';
import {
  getCommittedValue,
  insertPart,
  removePart,
  setChildPartValue,
  setCommittedValue,
} from 'lit/directive-helpers.js';

/**
 * A keyed list for the virtualised rows: each key keeps its DOM (so the focused row keeps focus
 * while it stays rendered), rows that leave are removed, and nothing is left behind.
 *
 * Not lit's `repeat`: from lit-html 3.3.1 its `removePart()` leaves the removed row's end marker
 * in the DOM (lit/lit#5298). A list that windows 100,000 rows removes rows on every scroll, so
 * the empty comments piled up (10,000 after 10,000 rows) and every frame grew slower. Here the
 * end marker is removed with the row, whatever lit version the page brings.
 *
 * Rows are only moved when they are out of order: rows that stay on screen while scrolling are
 * not touched (moving a focused element would blur it).
 */
class KeyedRowsDirective extends Directive {
  #keys: unknown[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('keyedRows() belongs in a child expression');
  }

  render<T>(items: readonly T[], _keyOf: (item: T) => unknown, template: (item: T) => unknown): unknown[] {
    return items.map(template);
  }

  override update<T>(
    container: ChildPart,
    [items, keyOf, template]: [readonly T[], (item: T) => unknown, (item: T) => unknown],
  ): typeof noChange {
    const committed = getCommittedValue(container);
    const oldParts = Array.isArray(committed) ? (committed as ChildPart[]) : [];
    const byKey = new Map(this.#keys.map((key, at) => [key, oldParts[at]!]));
    const keys = items.map(keyOf);
    const kept = new Set(keys);
    for (const [key, part] of byKey) {
      if (kept.has(key)) continue;
      removePart(part);
      // The marker lit-html ≥ 3.3.1 forgets; already gone where lit removes it itself.
      part.endNode?.parentNode?.removeChild(part.endNode);
    }
    const parts: ChildPart[] = [];
    let next: ChildPart | undefined;
    for (let at = items.length - 1; at >= 0; at--) {
      const existing = byKey.get(keys[at]);
      const before = next ? next.startNode : container.endNode;
      const part =
        existing === undefined
          ? insertPart(container, next)
          : existing.endNode?.nextSibling === before
            ? existing
            : insertPart(container, next, existing);
      setChildPartValue(part, template(items[at]!));
      parts[at] = part;
      next = part;
    }
    setCommittedValue(container, parts);
    this.#keys = keys;
    return noChange;
  }
}

/**
 * `keyedRows(items, keyOf, template)`: renders `template(item)` for each item, keyed by
 * `keyOf(item)` (unique within the list).
 */
export const keyedRows = directive(KeyedRowsDirective) as <T>(
  items: readonly T[],
  keyOf: (item: T) => unknown,
  template: (item: T) => unknown,
) => DirectiveResult<typeof KeyedRowsDirective>;
