import type { DjOrgTree } from '@dangjian/components';
import type { Org } from '@dangjian/core';
import { afterAll, afterEach, beforeAll } from 'vitest';

/** Elements a test put in the page; removed after each test. */
const mounted: HTMLElement[] = [];

/** Adds an element to the page (or under `parent`) and waits for its first render. */
export async function mount<E extends HTMLElement & { updateComplete?: Promise<unknown> }>(
  element: E,
  parent?: HTMLElement,
): Promise<E> {
  if (parent) parent.append(element);
  else {
    document.body.append(element);
    mounted.push(element);
  }
  await element.updateComplete;
  return element;
}

export async function mountTree(setup: (tree: DjOrgTree) => void = () => {}, parent?: HTMLElement): Promise<DjOrgTree> {
  const tree = document.createElement('dj-org-tree');
  setup(tree);
  return mount(tree, parent);
}

/**
 * Registers the page hooks every component test file needs: mounted elements are removed after
 * each test, and the page's `lang` is taken away (the test page says `en`; without any lang the
 * elements must fall back to zh-CN).
 */
export function usePage(): void {
  const pageLang = document.documentElement.getAttribute('lang');
  beforeAll(() => document.documentElement.removeAttribute('lang'));
  afterAll(() => {
    if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
  });
  afterEach(() => {
    for (const element of mounted.splice(0)) element.remove();
  });
}

export const rows = (tree: DjOrgTree): HTMLElement[] => [
  ...tree.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]'),
];
export const rowIds = (tree: DjOrgTree): (string | undefined)[] => rows(tree).map((row) => row.dataset['orgId']);
export const row = (tree: DjOrgTree, id: string): HTMLElement => {
  const found = rows(tree).find((candidate) => candidate.dataset['orgId'] === id);
  if (!found) throw new Error(`no rendered row ${id}; rendered: ${rowIds(tree).join(', ')}`);
  return found;
};
export const focusedId = (tree: DjOrgTree): string | undefined =>
  (tree.shadowRoot!.activeElement as HTMLElement | null)?.dataset['orgId'];
/** The text a reader sees, whitespace collapsed. */
export const text = (element: Element): string => (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
/** What the polite live region says now. */
export const announcement = (tree: DjOrgTree): string =>
  text(tree.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!);
export const ariaOf = (element: HTMLElement, ...names: string[]): (string | null)[] =>
  names.map((name) => element.getAttribute(name));

/** 青龙街道: a working committee over two community committees, their branches and one group. */
export const smallStreet: Org[] = [
  { id: 'qinglong', name: '青龙街道党工委', kind: 'committee', subkind: 'working', parentId: null },
  { id: 'longcheng', name: '龙城社区党委', kind: 'committee', subkind: 'community', parentId: 'qinglong', position: 1 },
  { id: 'lihua', name: '丽华社区党委', kind: 'committee', subkind: 'community', parentId: 'qinglong', position: 2 },
  { id: 'lc-b1', name: '龙城第一党支部', kind: 'branch', parentId: 'longcheng', position: 1 },
  { id: 'lc-b2', name: '龙城第二党支部', kind: 'branch', parentId: 'longcheng', position: 2 },
  { id: 'lc-g1', name: '龙城第一党支部第一党小组', kind: 'group', setting: 'grid', parentId: 'lc-b1' },
  { id: 'lh-b1', name: '丽华楼院党支部', kind: 'branch', setting: 'courtyard', parentId: 'lihua' },
];
