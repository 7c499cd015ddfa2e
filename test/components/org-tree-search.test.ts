import '@dangjian/components/org-tree/define';
import type { DjOrgTree } from '@dangjian/components';
import { subtreeMemberCounts, snapshotFromRecords } from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { largeTree } from '../../stories/data/large-tree.js';
import {
  announcement,
  ariaOf,
  focusedId,
  mountTree,
  row,
  rowIds,
  rows,
  smallStreet,
  text,
  usePage,
} from './support/tree.js';

usePage();

const search = (tree: DjOrgTree): HTMLInputElement => tree.shadowRoot!.querySelector('input[part="search"]')!;
const marks = (tree: DjOrgTree): string[] =>
  [...tree.shadowRoot!.querySelectorAll('mark[part="match"]')].map((mark) => mark.textContent ?? '');

describe('<dj-org-tree> search', () => {
  it('keeps the matching orgs and their ancestors, opened, and marks the matching text', async () => {
    const tree = await mountTree((element) => (element.orgs = smallStreet));
    expect(search(tree).getAttribute('aria-label')).toBe('搜索党组织');

    await userEvent.click(search(tree));
    await userEvent.keyboard('第一');
    // 龙城第一党支部 and its group match; their ancestors come along; 丽华 drops out.
    await expect.poll(() => rowIds(tree)).toEqual(['qinglong', 'longcheng', 'lc-b1', 'lc-g1']);
    expect(marks(tree)).toEqual(['第一', '第一', '第一']);
    expect(text(row(tree, 'lc-g1').querySelector('[part="label"]')!)).toBe('龙城第一党支部第一党小组');
    // Positions describe the tree as shown: 龙城 is now the only child of the street.
    expect(ariaOf(row(tree, 'longcheng'), 'aria-setsize', 'aria-posinset', 'aria-expanded')).toEqual([
      '1',
      '1',
      'true',
    ]);
    expect(ariaOf(row(tree, 'lc-b1'), 'aria-setsize', 'aria-expanded')).toEqual(['1', 'true']);
    expect(announcement(tree)).toBe('找到 2 个名称匹配的党组织');

    // ArrowDown leaves the box for the first row; the arrows then walk the results.
    await userEvent.keyboard('{ArrowDown}');
    await expect.poll(() => focusedId(tree)).toBe('qinglong');
    await userEvent.keyboard('{End}');
    await expect.poll(() => focusedId(tree)).toBe('lc-g1');

    // Closing a branch of the results (Left to the parent, Left to close it) …
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    await expect.poll(() => rowIds(tree)).toEqual(['qinglong', 'longcheng']);
    expect(focusedId(tree)).toBe('longcheng');

    // … does not close it in the full tree, which comes back when the box is emptied.
    await userEvent.click(search(tree));
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => rowIds(tree)).toEqual(['qinglong', 'longcheng', 'lc-b1', 'lc-b2', 'lihua', 'lh-b1']);
    expect(search(tree).value).toBe('');
    expect(marks(tree)).toEqual([]);
  });

  it('ignores Latin case and says so when nothing matches', async () => {
    const orgs = [
      ...smallStreet,
      { id: 'it', name: 'IT产业园联合党支部', kind: 'branch' as const, parentId: 'lihua', setting: 'joint' as const },
    ];
    const tree = await mountTree((element) => (element.orgs = orgs));
    await userEvent.click(search(tree));
    await userEvent.keyboard('it');
    await expect.poll(() => rowIds(tree)).toEqual(['qinglong', 'lihua', 'it']);
    expect(marks(tree)).toEqual(['IT']);

    await userEvent.keyboard('x');
    await expect
      .poll(() => text(tree.shadowRoot!.querySelector('[part="no-matches"]') ?? tree))
      .toBe('没有名称包含“itx”的党组织');
    expect(rows(tree)).toEqual([]);
  });

  it('finds one org among 6,000 and reveals it under its ancestors', async () => {
    const tree = await mountTree((element) => {
      element.setAttribute('expand-depth', '0');
      element.orgs = largeTree();
    });
    search(tree).value = '第17社区第23支部第4党小组';
    search(tree).dispatchEvent(new InputEvent('input'));
    await expect.poll(() => rowIds(tree)).toEqual(['root', 'c17', 'c17-b23', 'c17-b23-g4']);
    expect(ariaOf(row(tree, 'c17-b23-g4'), 'aria-level', 'aria-posinset', 'aria-setsize')).toEqual(['4', '1', '1']);
  });

  it('shows counts given in data-in mode, and no search box with no-search', async () => {
    const snapshot = snapshotFromRecords('t', 0, {
      orgs: smallStreet,
      members: [
        {
          id: 'm1',
          name: '张三',
          gender: 'male',
          birthDate: '1970-01-01',
          stage: 'full',
          relationOrgId: 'lh-b1',
          managingOrgId: 'lh-b1',
        },
      ],
    });
    const tree = await mountTree((element) => {
      element.orgs = smallStreet;
      element.memberCounts = subtreeMemberCounts(snapshot);
      element.setAttribute('no-search', '');
    });
    expect(search(tree)).toBeNull();
    expect(text(row(tree, 'lihua'))).toBe('丽华社区党委 党委 1 名党员');
    expect(text(row(tree, 'longcheng'))).toBe('龙城社区党委 党委 0 名党员');
  });
});
