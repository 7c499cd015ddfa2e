import '@dangjian/components/provider/define';
import '@dangjian/components/org-tree/define';
import type { DjOrgMovedEvent, DjOrgMoveRequestEvent, DjOrgTree } from '@dangjian/components';
import { orgMessages, Workspace, type Org } from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { announcement, ariaOf, focusedId, mountTree, row, rowIds, smallStreet, text, usePage } from './support/tree.js';
import { mountProvider, openWorkspace as openStreet } from './support/workspace.js';

usePage();

/** 党小组下不能设立党支部: core's `org.nesting` message for a branch under a group, in zh-CN. */
const nestingText = orgMessages.nesting.templates['zh-CN']
  .replace('{parentKind}', '党小组')
  .replace('{childKind}', '党支部');

async function openWorkspace(): Promise<Workspace> {
  const options = { at: '2026-11-23T00:00:00Z', actor: { id: 'admin' } };
  return (await openStreet({ orgs: smallStreet }, options)).workspace;
}

async function mountConnected(workspace: Workspace): Promise<DjOrgTree> {
  const provider = await mountProvider(workspace);
  const tree = await mountTree((element) => {
    element.movable = true;
    element.setAttribute('no-counts', '');
  }, provider);
  tree.expandAll();
  await tree.updateComplete;
  return tree;
}

/** Focuses a row by walking to it with the arrow keys from the first row, as a reader would. */
async function focusRow(tree: DjOrgTree, id: string): Promise<void> {
  tree.focus();
  await userEvent.keyboard('{Home}');
  const steps = rowIds(tree).indexOf(id);
  if (steps === -1) throw new Error(`no row ${id}`);
  for (let step = 0; step < steps; step++) await userEvent.keyboard('{ArrowDown}');
  await expect.poll(() => focusedId(tree)).toBe(id);
}

const alertOf = (tree: DjOrgTree): HTMLElement | null => tree.shadowRoot!.querySelector('[role="alert"]');
const partsOf = (tree: DjOrgTree, id: string): string[] => (row(tree, id).getAttribute('part') ?? '').split(' ');

describe('<dj-org-tree movable> connected to a workspace', () => {
  it('moves a branch with Ctrl+X and Ctrl+V, and shows it under its new parent', async () => {
    const workspace = await openWorkspace();
    const tree = await mountConnected(workspace);
    const requests: DjOrgMoveRequestEvent[] = [];
    const moved: DjOrgMovedEvent[] = [];
    tree.addEventListener('dj-org-move-request', (event) => requests.push(event));
    tree.addEventListener('dj-org-moved', (event) => moved.push(event));

    await focusRow(tree, 'lc-b2');
    await userEvent.keyboard('{Control>}x{/Control}');
    await expect.poll(() => announcement(tree)).toContain('已选中“龙城第二党支部”准备移动');
    expect(partsOf(tree, 'lc-b2')).toContain('item-picked');
    // A group may not hold a branch: marked while the branch is picked up. Committees may.
    expect(partsOf(tree, 'lc-g1')).toContain('item-drop-invalid');
    expect(text(row(tree, 'lc-g1'))).toContain('不能移到此处');
    expect(partsOf(tree, 'lihua')).not.toContain('item-drop-invalid');

    await focusRow(tree, 'lihua');
    await userEvent.keyboard('{Control>}v{/Control}');

    await expect.poll(() => workspace.snapshot.orgs.get('lc-b2')?.parentId).toBe('lihua');
    await expect
      .poll(() => rowIds(tree))
      .toEqual(['qinglong', 'longcheng', 'lc-b1', 'lc-g1', 'lihua', 'lc-b2', 'lh-b1']);
    expect(ariaOf(row(tree, 'lc-b2'), 'aria-level', 'aria-setsize')).toEqual(['3', '2']);
    expect(ariaOf(row(tree, 'lc-b1'), 'aria-setsize')).toEqual(['1']);
    await expect.poll(() => focusedId(tree)).toBe('lc-b2');
    expect(announcement(tree)).toBe('已将“龙城第二党支部”移到“丽华社区党委”之下');
    expect(partsOf(tree, 'lc-g1')).not.toContain('item-drop-invalid');
    expect(alertOf(tree)).toBeNull();
    expect(requests.map((event) => [event.orgId, event.parentId])).toEqual([['lc-b2', 'lihua']]);
    expect(moved.map((event) => [event.orgId, event.detail.fromParentId, event.detail.revision])).toEqual([
      ['lc-b2', 'longcheng', workspace.revision],
    ]);
  });

  it('shows the typed error of a move the rules refuse, in zh-CN, and changes nothing', async () => {
    expect(nestingText).toBe('党小组下不能设立党支部');
    const workspace = await openWorkspace();
    const revision = workspace.revision;
    const tree = await mountConnected(workspace);
    const requests: string[] = [];
    tree.addEventListener('dj-org-move-request', (event) => requests.push(event.orgId));

    await focusRow(tree, 'lh-b1');
    await userEvent.keyboard('{Control>}x{/Control}');
    await focusRow(tree, 'lc-g1');
    await userEvent.keyboard('{Control>}v{/Control}');

    await expect.poll(() => alertOf(tree)).not.toBeNull();
    expect(alertOf(tree)!.getAttribute('part')).toBe('error');
    expect(text(alertOf(tree)!)).toBe(`无法移动：${nestingText}`);
    expect(workspace.snapshot.orgs.get('lh-b1')?.parentId).toBe('lihua');
    expect(workspace.revision).toBe(revision);
    expect(requests).toEqual([]);
    expect(rowIds(tree)).toContain('lh-b1');

    // Escape on the tree closes the alert; focus stays on the row.
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => alertOf(tree)).toBeNull();
    expect(focusedId(tree)).toBe('lc-g1');
  });

  it('refuses a move under the org’s own descendant with core’s org.cycle text, in English too', async () => {
    const workspace = await openWorkspace();
    const tree = await mountConnected(workspace);
    tree.lang = 'en';
    await focusRow(tree, 'longcheng');
    await userEvent.keyboard('{Control>}x{/Control}');
    // Its own subtree is marked as unable to take it.
    expect(partsOf(tree, 'lc-b1')).toContain('item-drop-invalid');
    await focusRow(tree, 'lc-b1');
    await userEvent.keyboard('{Control>}v{/Control}');
    await expect
      .poll(() => text(alertOf(tree) ?? tree))
      .toBe('Cannot move: Cannot move organisation "龙城社区党委" under its own descendant "龙城第一党支部"');
    await userEvent.click(tree.shadowRoot!.querySelector<HTMLElement>('[part="dismiss"]')!);
    await expect.poll(() => alertOf(tree)).toBeNull();
  });

  it('cancels a pick with Escape, and tells the reader', async () => {
    const workspace = await openWorkspace();
    const tree = await mountConnected(workspace);
    await focusRow(tree, 'lc-b1');
    await userEvent.keyboard('{Control>}x{/Control}');
    await expect.poll(() => partsOf(tree, 'lc-b1')).toContain('item-picked');
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => announcement(tree)).toBe('已取消移动“龙城第一党支部”');
    expect(partsOf(tree, 'lc-b1')).not.toContain('item-picked');
    // Ctrl+V with nothing picked does nothing.
    await focusRow(tree, 'lihua');
    await userEvent.keyboard('{Control>}v{/Control}');
    expect(workspace.snapshot.orgs.get('lc-b1')?.parentId).toBe('longcheng');
  });

  it('moves by drag and drop, and marks refused targets while dragging', async () => {
    const workspace = await openWorkspace();
    const tree = await mountConnected(workspace);
    expect(row(tree, 'lc-b2').getAttribute('draggable')).toBe('true');

    // Mid-drag: the rows a branch cannot go under are marked.
    const transfer = new DataTransfer();
    row(tree, 'lc-b2').dispatchEvent(
      new DragEvent('dragstart', { bubbles: true, composed: true, dataTransfer: transfer }),
    );
    await tree.updateComplete;
    expect(partsOf(tree, 'lc-g1')).toContain('item-drop-invalid');
    const overGroup = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer });
    row(tree, 'lc-g1').dispatchEvent(overGroup);
    expect(overGroup.defaultPrevented).toBe(false);
    const overLihua = new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer });
    row(tree, 'lihua').dispatchEvent(overLihua);
    expect(overLihua.defaultPrevented).toBe(true);
    await tree.updateComplete;
    expect(partsOf(tree, 'lihua')).toContain('item-drop-target');
    row(tree, 'lc-b2').dispatchEvent(new DragEvent('dragend', { bubbles: true, dataTransfer: transfer }));
    await tree.updateComplete;
    expect(partsOf(tree, 'lc-g1')).not.toContain('item-drop-invalid');
    expect(workspace.snapshot.orgs.get('lc-b2')?.parentId).toBe('longcheng');

    // A real drag by the pointer.
    await userEvent.dragAndDrop(row(tree, 'lc-b2'), row(tree, 'lihua'));
    await expect.poll(() => workspace.snapshot.orgs.get('lc-b2')?.parentId).toBe('lihua');
    await expect
      .poll(() => rowIds(tree))
      .toEqual(['qinglong', 'longcheng', 'lc-b1', 'lc-g1', 'lihua', 'lc-b2', 'lh-b1']);
  });

  it('lets the page refuse a move by cancelling dj-org-move-request', async () => {
    const workspace = await openWorkspace();
    const tree = await mountConnected(workspace);
    tree.addEventListener('dj-org-move-request', (event) => event.preventDefault());
    await focusRow(tree, 'lc-b2');
    await userEvent.keyboard('{Control>}x{/Control}');
    await focusRow(tree, 'lihua');
    await userEvent.keyboard('{Control>}v{/Control}');
    await expect.poll(() => announcement(tree)).toBe('已取消移动“龙城第二党支部”');
    expect(workspace.snapshot.orgs.get('lc-b2')?.parentId).toBe('longcheng');
  });
});

describe('<dj-org-tree movable> with data in', () => {
  it('asks the page to move, and shows the orgs the page sets', async () => {
    const tree = await mountTree((element) => {
      element.movable = true;
      element.orgs = smallStreet;
    });
    tree.addEventListener('dj-org-move-request', (event) => {
      const { orgId, parentId } = event.detail;
      tree.orgs = tree.orgs!.map((org): Org => (org.id === orgId ? { ...org, parentId } : org));
    });
    await focusRow(tree, 'lh-b1');
    await userEvent.keyboard('{Control>}x{/Control}');
    await focusRow(tree, 'longcheng');
    await userEvent.keyboard('{Control>}v{/Control}');
    await expect.poll(() => rowIds(tree)).toEqual(['qinglong', 'longcheng', 'lc-b1', 'lc-b2', 'lh-b1', 'lihua']);
    expect(row(tree, 'lihua').getAttribute('aria-expanded')).toBeNull();
    await expect.poll(() => focusedId(tree)).toBe('lh-b1');
  });

  it('checks the move against core’s rules before asking the page', async () => {
    const tree = await mountTree((element) => {
      element.movable = true;
      element.orgs = smallStreet;
      element.expandAll();
    });
    await tree.updateComplete;
    const requests: string[] = [];
    tree.addEventListener('dj-org-move-request', (event) => requests.push(event.orgId));
    await focusRow(tree, 'lc-b2');
    await userEvent.keyboard('{Control>}x{/Control}');
    await focusRow(tree, 'lc-g1');
    await userEvent.keyboard('{Control>}v{/Control}');
    await expect.poll(() => text(alertOf(tree) ?? tree)).toBe(`无法移动：${nestingText}`);
    expect(requests).toEqual([]);
  });

  it('stays read-only without movable', async () => {
    const tree = await mountTree((element) => (element.orgs = smallStreet));
    const requests: string[] = [];
    tree.addEventListener('dj-org-move-request', (event) => requests.push(event.orgId));
    expect(row(tree, 'lc-b2').hasAttribute('draggable')).toBe(false);
    await focusRow(tree, 'lc-b2');
    await userEvent.keyboard('{Control>}x{/Control}');
    expect(partsOf(tree, 'lc-b2')).not.toContain('item-picked');
    await focusRow(tree, 'lihua');
    await userEvent.keyboard('{Control>}v{/Control}');
    expect(requests).toEqual([]);
    expect(announcement(tree)).toBe('');
  });
});
