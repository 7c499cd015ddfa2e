import fc from 'fast-check';
import { html, render } from 'lit';
import { describe, expect, it } from 'vitest';
import { keyedRows } from '../../packages/components/src/shared/keyed-rows.js';

const renderList = (container: HTMLElement, keys: readonly number[]): void => {
  render(
    html`<ul>
      ${keyedRows(
        keys,
        (key) => key,
        (key) => html`<li data-key=${key}>${key}</li>`,
      )}
    </ul>`,
    container,
  );
};

const comments = (root: Node): number => {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  while (walker.nextNode()) count++;
  return count;
};

/** Lists of distinct keys: what a window of rows (or a sorted, filtered list) is. */
const keyLists = fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 20 }), {
  minLength: 1,
  maxLength: 12,
});

describe('keyedRows', () => {
  it('shows any sequence of lists in order, keeps each kept key’s element, and leaves no marker behind', () => {
    fc.assert(
      fc.property(keyLists, (lists) => {
        const container = document.createElement('div');
        renderList(container, [0]);
        renderList(container, []);
        const emptyComments = comments(container);
        renderList(container, [0]);
        // Two markers bracket each row, and its template holds one per binding.
        const perRow = comments(container) - emptyComments;
        renderList(container, []);
        let previous = new Map<string, Element>();
        for (const keys of lists) {
          renderList(container, keys);
          const items = [...container.querySelectorAll('li')];
          expect(items.map((item) => item.dataset['key'])).toEqual(keys.map(String));
          for (const item of items) {
            const before = previous.get(item.dataset['key']!);
            if (before) expect(item).toBe(before);
          }
          previous = new Map(items.map((item) => [item.dataset['key']!, item]));
          expect(comments(container)).toBe(emptyComments + perRow * keys.length);
        }
        renderList(container, []);
        expect(container.querySelectorAll('li')).toHaveLength(0);
        expect(comments(container)).toBe(emptyComments);
      }),
      { numRuns: 200 },
    );
  });
});
