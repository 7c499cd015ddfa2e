import '@dangjian/components/member-roster/define';
import '@dangjian/components/org-tree/define';
import type { DjMemberRoster, DjOrgTree } from '@dangjian/components';
import { describe, expect, it } from 'vitest';
import { generateTenant } from '../../bench/generate.js';
import { largeTree } from '../../stories/data/large-tree.js';
import { rosterAsOf } from './support/members.js';
import { mount, mountTree, usePage } from './support/tree.js';

usePage();

/** Every node under `root`, comment and text nodes included, descending into shadow roots. */
function countNodes(root: Node): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    count++;
    const shadow = node instanceof Element ? node.shadowRoot : null;
    if (shadow) count += countNodes(shadow);
  }
  return count;
}

const commentsIn = (root: Node): number => {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  while (walker.nextNode()) count++;
  return count;
};

/** Scrolls `box` to `rowIndex` and waits until the element has rendered the rows there. */
async function scrollToRow(element: HTMLElement & { updateComplete: Promise<unknown> }, box: HTMLElement, top: number) {
  box.scrollTop = top;
  await new Promise(requestAnimationFrame);
  await element.updateComplete;
}

/**
 * Scrolls through `rowsToScroll` rows in steps of `step` rows, back and forth across the list,
 * so every step replaces the rows on screen.
 */
async function scrollThrough(
  element: HTMLElement & { updateComplete: Promise<unknown> },
  box: HTMLElement,
  rowHeight: number,
  totalRows: number,
  rowsToScroll: number,
  step: number,
): Promise<void> {
  const lastTop = totalRows - 20;
  let at = 0;
  let direction = 1;
  for (let scrolled = 0; scrolled < rowsToScroll; scrolled += step) {
    if (at + direction * step > lastTop || at + direction * step < 0) direction = -direction;
    at += direction * step;
    await scrollToRow(element, box, at * rowHeight);
  }
}

// lit-html ≥ 3.3.1 `repeat` left one empty comment per removed row (lit/lit#5298): after 10,000
// rows scrolled by the DOM held 10,000 more nodes and every frame got slower.
describe('virtualised lists keep a bounded DOM however far they scroll', () => {
  it('<dj-member-roster>: 40,000 rows scrolled leave as many nodes as the first screen', async () => {
    const tenant = generateTenant(45_000);
    const roster = document.createElement('dj-member-roster') as DjMemberRoster;
    roster.asOf = rosterAsOf;
    roster.members = tenant.records.members;
    roster.orgs = tenant.records.orgs;
    await mount(roster);
    await new Promise(requestAnimationFrame);
    await roster.updateComplete;
    const grid = roster.shadowRoot!.querySelector<HTMLElement>('.grid')!;
    const rowHeight = roster.shadowRoot!.querySelector<HTMLElement>('.body [role="row"]')!.offsetHeight;
    const rows = (): number => roster.shadowRoot!.querySelectorAll('.body [role="row"]').length;
    const firstScreen = { nodes: countNodes(roster), comments: commentsIn(roster.shadowRoot!), rows: rows() };

    await scrollThrough(roster, grid, rowHeight, tenant.records.members.length, 40_000, 97);
    // Back where it started: the same rows are on screen, so the same DOM should be too.
    await scrollToRow(roster, grid, 0);

    expect(rows()).toBe(firstScreen.rows);
    expect(commentsIn(roster.shadowRoot!)).toBe(firstScreen.comments);
    // Rows differ in their number of chips; allow for that, not for a node per row scrolled by.
    expect(countNodes(roster)).toBeLessThan(firstScreen.nodes * 1.5);
  }, 180_000);

  it('<dj-org-tree>: 40,000 rows scrolled leave as many nodes as the first screen', async () => {
    const orgs = largeTree();
    const tree = (await mountTree((element) => {
      element.style.setProperty('--dj-org-tree-max-height', '360px');
      element.orgs = orgs;
    })) as DjOrgTree;
    tree.expandAll();
    await tree.updateComplete;
    await new Promise(requestAnimationFrame);
    await tree.updateComplete;
    const viewport = tree.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
    const rowHeight = tree.shadowRoot!.querySelector<HTMLElement>('[role="treeitem"]')!.offsetHeight;
    const rows = (): number => tree.shadowRoot!.querySelectorAll('[role="treeitem"]').length;
    const firstScreen = { nodes: countNodes(tree), comments: commentsIn(tree.shadowRoot!), rows: rows() };

    await scrollThrough(tree, viewport, rowHeight, orgs.length, 40_000, 97);
    await scrollToRow(tree, viewport, 0);

    expect(rows()).toBe(firstScreen.rows);
    expect(commentsIn(tree.shadowRoot!)).toBe(firstScreen.comments);
    expect(countNodes(tree)).toBeLessThan(firstScreen.nodes * 1.5);
  }, 180_000);
});
