import '@dangjian/components/org-tree/define';
import type { DjOrgTree } from '@dangjian/components';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { largeTree } from '../../stories/data/large-tree.js';
import { ariaOf, focusedId, mountTree, row, rows, usePage } from './support/tree.js';

usePage();

const orgs = largeTree();
const total = orgs.length;
const last = orgs.at(-1)!;

/** A 6,021-org tree, every branch open, scrolling inside a 360px box. */
async function mountLarge(boxed = true): Promise<DjOrgTree> {
  const tree = await mountTree((element) => {
    if (boxed) element.style.setProperty('--dj-org-tree-max-height', '360px');
    element.orgs = orgs;
  });
  tree.expandAll();
  await tree.updateComplete;
  // The first render guesses the window; the measured one follows on the next frame.
  await new Promise(requestAnimationFrame);
  await tree.updateComplete;
  return tree;
}

const viewport = (tree: DjOrgTree): HTMLElement => tree.shadowRoot!.querySelector<HTMLElement>('.viewport')!;

describe('<dj-org-tree> with 6,000 orgs', () => {
  it('keeps only the rows in view in the DOM, in a box as tall as all of them', async () => {
    expect(total).toBe(6021);
    const tree = await mountLarge();

    // 360px of 36px rows is 10 rows; with a margin either side, far fewer than 6,021.
    expect(rows(tree).length).toBeGreaterThanOrEqual(10);
    expect(rows(tree).length).toBeLessThan(40);
    expect(viewport(tree).clientHeight).toBeLessThanOrEqual(360);
    // The scrollbar tells the truth: the list is as tall as every visible row.
    expect(viewport(tree).scrollHeight).toBeGreaterThanOrEqual(total * 36);
    expect(ariaOf(row(tree, 'c1-b1-g1'), 'aria-level', 'aria-posinset', 'aria-setsize')).toEqual(['4', '1', '9']);
  });

  it('renders the rows that scrolling brings into view, with their true positions', async () => {
    const tree = await mountLarge();
    // Every branch is open and positions follow generation order, so row 3,000 is orgs[3000]:
    // each community takes 301 rows, so that is community 10, branch 29, group 9.
    expect(orgs[3000]!.id).toBe('c10-b29-g9');
    viewport(tree).scrollTop = 3000 * 36;
    await expect.poll(() => rows(tree).some((element) => element.dataset['orgId'] === 'c10-b29-g9')).toBe(true);
    expect(rows(tree).length).toBeLessThan(40);
    expect(ariaOf(row(tree, 'c10-b29-g9'), 'aria-level', 'aria-posinset', 'aria-setsize')).toEqual(['4', '9', '9']);
    expect(ariaOf(row(tree, 'c10-b30'), 'aria-level', 'aria-posinset', 'aria-setsize')).toEqual(['3', '30', '30']);
    // Drawn where it belongs: at the top of the scrolled box.
    const top = row(tree, 'c10-b29-g9').getBoundingClientRect().top - viewport(tree).getBoundingClientRect().top;
    expect(Math.abs(top)).toBeLessThan(36);
  });

  it('reaches the last and the first org with End and Home', async () => {
    const tree = await mountLarge();
    tree.focus();
    expect(focusedId(tree)).toBe('root');

    await userEvent.keyboard('{End}');
    await expect.poll(() => focusedId(tree)).toBe(last.id);
    expect(ariaOf(row(tree, last.id), 'aria-level', 'aria-posinset', 'aria-setsize', 'tabindex')).toEqual([
      '4',
      '9',
      '9',
      '0',
    ]);
    // It was scrolled into view, and the window followed it there.
    await expect.poll(() => viewport(tree).scrollTop).toBeGreaterThan((total - 12) * 36);
    await expect.poll(() => rows(tree).some((element) => element.dataset['orgId'] === 'root')).toBe(false);
    expect(rows(tree).length).toBeLessThan(40);

    await userEvent.keyboard('{ArrowUp}');
    await expect.poll(() => focusedId(tree)).toBe('c20-b30-g8');

    await userEvent.keyboard('{Home}');
    await expect.poll(() => focusedId(tree)).toBe('root');
    await expect.poll(() => viewport(tree).scrollTop).toBe(0);
    expect(rows(tree).some((element) => element.dataset['orgId'] === last.id)).toBe(false);
  });

  it('keeps focus on its row while the reader scrolls far away, and moves on from there', async () => {
    const tree = await mountLarge();
    tree.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect.poll(() => focusedId(tree)).toBe('c1-b1');

    viewport(tree).scrollTop = 4000 * 36;
    await expect.poll(() => rows(tree).some((element) => element.dataset['orgId'] === 'c14-b9')).toBe(true);
    // The focused row is still rendered (out of view) and still focused.
    expect(focusedId(tree)).toBe('c1-b1');
    expect(document.activeElement).toBe(tree);
    expect(rows(tree).length).toBeLessThan(42);

    await userEvent.keyboard('{ArrowDown}');
    await expect.poll(() => focusedId(tree)).toBe('c1-b1-g1');
    await expect.poll(() => viewport(tree).scrollTop).toBeLessThan(10 * 36);
  });

  it('pages with PageDown and PageUp by a screenful', async () => {
    const tree = await mountLarge();
    tree.focus();
    await userEvent.keyboard('{PageDown}');
    // Ten 36px rows fit the 360px box: PageDown moves ten rows.
    await expect.poll(() => focusedId(tree)).toBe(orgs[10]!.id);
    await userEvent.keyboard('{PageDown}{PageDown}');
    await expect.poll(() => focusedId(tree)).toBe(orgs[30]!.id);
    await userEvent.keyboard('{PageUp}');
    await expect.poll(() => focusedId(tree)).toBe(orgs[20]!.id);
    await userEvent.keyboard('{PageUp}{PageUp}');
    await expect.poll(() => focusedId(tree)).toBe('root');
  });

  it('windows against the browser window when the tree grows with the page', async () => {
    const tree = await mountLarge(false);
    const rendered = rows(tree).length;
    expect(rendered).toBeLessThan(Math.ceil(window.innerHeight / 36) + 25);
    expect(viewport(tree).clientHeight).toBeGreaterThanOrEqual(total * 36);
  });
});
