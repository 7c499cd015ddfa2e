import { renameOrg, Workspace, type Member } from '@dangjian/core';
import '@dangjian/components/provider/define';
import '@dangjian/components/org-tree/define';
import { DjOrgSelectEvent, DjOrgToggleEvent, defineElement, type DjOrgTree, DjProvider } from '@dangjian/components';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { focusedId, mount, mountTree, row, rowIds, smallStreet, text, usePage } from './support/tree.js';
import { mountProvider, openWorkspace as openStreet } from './support/workspace.js';

const orgs = smallStreet;

usePage();

describe('<dj-org-tree> with data in', () => {
  it('renders the visible hierarchy as an ARIA tree with names and kind labels', async () => {
    const tree = await mountTree((element) => (element.orgs = orgs));

    const container = tree.shadowRoot!.querySelector('[role="tree"]')!;
    expect(container.getAttribute('aria-label')).toBe('党组织架构');
    // expand-depth 2: levels 1 and 2 are open, so the group at level 4 stays hidden.
    expect(rowIds(tree)).toEqual(['qinglong', 'longcheng', 'lc-b1', 'lc-b2', 'lihua', 'lh-b1']);
    expect(text(row(tree, 'qinglong'))).toBe('青龙街道党工委 党委');
    expect(text(row(tree, 'lc-b1'))).toBe('龙城第一党支部 党支部');
    expect(text(container)).not.toContain('党小组');

    const aria = (id: string) => {
      const element = row(tree, id);
      return ['aria-level', 'aria-setsize', 'aria-posinset', 'aria-expanded', 'aria-selected', 'tabindex'].map((name) =>
        element.getAttribute(name),
      );
    };
    expect(aria('qinglong')).toEqual(['1', '1', '1', 'true', 'false', '0']);
    expect(aria('longcheng')).toEqual(['2', '2', '1', 'true', 'false', '-1']);
    expect(aria('lihua')).toEqual(['2', '2', '2', 'true', 'false', '-1']);
    expect(aria('lc-b1')).toEqual(['3', '2', '1', 'false', 'false', '-1']);
    // A leaf has no aria-expanded at all: it cannot be opened.
    expect(aria('lc-b2')).toEqual(['3', '2', '2', null, 'false', '-1']);
  });

  it('honours expand-depth', async () => {
    const tree = await mountTree((element) => {
      element.setAttribute('expand-depth', '0');
      element.orgs = orgs;
    });
    expect(rowIds(tree)).toEqual(['qinglong']);
    expect(row(tree, 'qinglong').getAttribute('aria-expanded')).toBe('false');

    tree.expandAll();
    await tree.updateComplete;
    expect(rowIds(tree)).toEqual(['qinglong', 'longcheng', 'lc-b1', 'lc-g1', 'lc-b2', 'lihua', 'lh-b1']);
    expect(text(row(tree, 'lc-g1'))).toBe('龙城第一党支部第一党小组 党小组');
  });

  it('moves focus, expands, collapses and selects with the keyboard', async () => {
    const tree = await mountTree((element) => (element.orgs = orgs));
    const selections: string[] = [];
    const toggles: [string, boolean][] = [];
    tree.addEventListener('dj-org-select', (event) => selections.push(event.orgId));
    tree.addEventListener('dj-org-toggle', (event) => toggles.push([event.orgId, event.expanded]));

    tree.focus();
    expect(focusedId(tree)).toBe('qinglong');

    await userEvent.keyboard('{ArrowDown}');
    await expect.poll(() => focusedId(tree)).toBe('longcheng');
    expect(row(tree, 'longcheng').tabIndex).toBe(0);
    expect(row(tree, 'qinglong').tabIndex).toBe(-1);

    await userEvent.keyboard('{Enter}');
    await expect.poll(() => row(tree, 'longcheng').getAttribute('aria-selected')).toBe('true');
    expect(tree.selected).toBe('longcheng');
    expect(row(tree, 'qinglong').getAttribute('aria-selected')).toBe('false');
    expect(selections).toEqual(['longcheng']);

    // ArrowLeft on an open node closes it: its branches leave the tree.
    await userEvent.keyboard('{ArrowLeft}');
    await expect.poll(() => rowIds(tree)).toEqual(['qinglong', 'longcheng', 'lihua', 'lh-b1']);
    expect(row(tree, 'longcheng').getAttribute('aria-expanded')).toBe('false');
    expect(focusedId(tree)).toBe('longcheng');

    // ArrowRight on a closed node opens it, then moves to its first child.
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => rowIds(tree)).toContain('lc-b1');
    expect(row(tree, 'longcheng').getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => focusedId(tree)).toBe('lc-b1');

    // Open the branch and step into its group.
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => rowIds(tree)).toContain('lc-g1');
    await userEvent.keyboard('{ArrowDown}');
    await expect.poll(() => focusedId(tree)).toBe('lc-g1');
    expect(row(tree, 'lc-g1').getAttribute('aria-level')).toBe('4');

    // ArrowLeft on a leaf goes to its parent.
    await userEvent.keyboard('{ArrowLeft}');
    await expect.poll(() => focusedId(tree)).toBe('lc-b1');

    await userEvent.keyboard('{End}');
    await expect.poll(() => focusedId(tree)).toBe('lh-b1');
    await userEvent.keyboard('{Home}');
    await expect.poll(() => focusedId(tree)).toBe('qinglong');
    await userEvent.keyboard('{ArrowUp}');
    expect(focusedId(tree)).toBe('qinglong');

    // Space selects as Enter does.
    await userEvent.keyboard(' ');
    await expect.poll(() => tree.selected).toBe('qinglong');
    expect(selections).toEqual(['longcheng', 'qinglong']);
    expect(toggles).toEqual([
      ['longcheng', false],
      ['longcheng', true],
      ['lc-b1', true],
    ]);
  });

  it('selects on click, toggles on the chevron, and lets a listener cancel the selection', async () => {
    const tree = await mountTree((element) => (element.orgs = orgs));
    const events: DjOrgSelectEvent[] = [];
    // The event crosses the shadow boundary and bubbles to the page.
    const listener = (event: DjOrgSelectEvent) => events.push(event);
    document.addEventListener('dj-org-select', listener);
    try {
      await userEvent.click(row(tree, 'lc-b2').querySelector('[part="label"]')!);
      await expect.poll(() => tree.selected).toBe('lc-b2');
      expect(events).toHaveLength(1);
      expect(events[0]).toBeInstanceOf(DjOrgSelectEvent);
      expect(events[0]!.orgId).toBe('lc-b2');
      expect(events[0]!.detail.org.name).toBe('龙城第二党支部');
      expect(row(tree, 'lc-b2').getAttribute('part')).toBe('item item-selected');
      expect(focusedId(tree)).toBe('lc-b2');

      const toggled = new Promise<DjOrgToggleEvent>((resolve) =>
        tree.addEventListener('dj-org-toggle', resolve, { once: true }),
      );
      await userEvent.click(row(tree, 'lc-b1').querySelector('[part="toggle"]')!);
      expect((await toggled).expanded).toBe(true);
      await expect.poll(() => rowIds(tree)).toContain('lc-g1');
      expect(tree.selected).toBe('lc-b2');

      tree.addEventListener('dj-org-select', (event) => event.preventDefault(), { once: true });
      await userEvent.click(row(tree, 'lihua'));
      expect(events).toHaveLength(2);
      await tree.updateComplete;
      expect(tree.selected).toBe('lc-b2');
      expect(row(tree, 'lihua').getAttribute('aria-selected')).toBe('false');
    } finally {
      document.removeEventListener('dj-org-select', listener);
    }
  });

  it('reveals the selected org when it is set from outside', async () => {
    const tree = await mountTree((element) => {
      element.orgs = orgs;
      element.selected = 'lc-g1';
    });
    expect(rowIds(tree)).toContain('lc-g1');
    expect(row(tree, 'lc-g1').getAttribute('aria-selected')).toBe('true');
    expect(row(tree, 'lc-g1').tabIndex).toBe(0);
  });

  it('follows lang on itself or the nearest ancestor, and reacts when it changes', async () => {
    const section = document.createElement('section');
    section.lang = 'en';
    await mount(section);
    const tree = await mountTree((element) => (element.orgs = orgs), section);

    expect(text(row(tree, 'qinglong'))).toBe('青龙街道党工委 committee');
    expect(text(row(tree, 'lc-b1'))).toBe('龙城第一党支部 branch');
    expect(tree.shadowRoot!.querySelector('[role="tree"]')!.getAttribute('aria-label')).toBe('Party organisations');

    section.lang = 'zh-CN';
    await expect.poll(() => text(row(tree, 'qinglong'))).toBe('青龙街道党工委 党委');

    tree.lang = 'en-GB';
    await expect.poll(() => text(row(tree, 'lc-b1'))).toBe('龙城第一党支部 branch');

    tree.orgs = [];
    await expect
      .poll(() => text(tree.shadowRoot!.querySelector('[part="empty"]') ?? tree))
      .toBe('No Party organisations yet');
  });

  it('shows a localized empty state without a tree', async () => {
    const tree = await mountTree((element) => (element.orgs = []));
    expect(tree.shadowRoot!.querySelector('[role="tree"]')).toBeNull();
    expect(text(tree.shadowRoot!.querySelector('[part="empty"]')!)).toBe('暂无党组织');
  });
});

describe('<dj-org-tree> connected to a workspace', () => {
  const member = (id: string, relationOrgId: string, stage: Member['stage'] = 'full'): Member => ({
    id,
    name: `党员${id}`,
    gender: 'female',
    birthDate: '1980-05-01',
    stage,
    relationOrgId,
    managingOrgId: relationOrgId,
  });
  /** Three full members in 龙城第一党支部, a probationary one in its group, two in 丽华楼院党支部. */
  const members = [
    member('m1', 'lc-b1'),
    member('m2', 'lc-b1'),
    member('m3', 'lc-b1'),
    member('m4', 'lc-g1', 'probationary'),
    member('m5', 'lh-b1'),
    member('m6', 'lh-b1'),
  ];

  async function openWorkspace(): Promise<Workspace> {
    const options = { at: '2026-11-23T00:00:00Z', actor: { id: 'admin' } };
    return (await openStreet({ orgs, members }, options)).workspace;
  }

  async function mountProvided(workspace: Workspace): Promise<{ provider: DjProvider; tree: DjOrgTree }> {
    const provider = await mountProvider(workspace);
    const tree = await mountTree(undefined, provider);
    return { provider, tree };
  }

  it('counts the members of each org and everything below it, by formal membership', async () => {
    const workspace = await openWorkspace();
    const { tree } = await mountProvided(workspace);
    tree.expandAll();
    await tree.updateComplete;
    const count = (id: string) => row(tree, id).querySelector<HTMLElement>('[part="count"]');
    // 龙城第一党支部 holds 3 and its group 1 more; the street holds all 6.
    expect(['lc-g1', 'lc-b1', 'lc-b2', 'longcheng', 'lihua', 'qinglong'].map((id) => text(count(id)!))).toEqual([
      '1 名党员',
      '4 名党员',
      '0 名党员',
      '4 名党员',
      '2 名党员',
      '6 名党员',
    ]);
    expect(count('lc-b1')!.title).toBe('本组织及下级共有党员 4 名，其中正式党员 3 名');

    tree.setAttribute('no-counts', '');
    await tree.updateComplete;
    expect(tree.shadowRoot!.querySelector('[part="count"]')).toBeNull();
  });

  it('shows the workspace orgs and re-renders after a command', async () => {
    const workspace = await openWorkspace();
    const { tree } = await mountProvided(workspace);

    expect(tree.workspace).toBe(workspace);
    expect(rowIds(tree)).toEqual(['qinglong', 'longcheng', 'lc-b1', 'lc-b2', 'lihua', 'lh-b1']);

    const result = await workspace.run(renameOrg, { orgId: 'lihua', name: '丽华新村社区党委' });
    expect(result.ok).toBe(true);
    await expect.poll(() => text(row(tree, 'lihua'))).toBe('丽华新村社区党委 党委 2 名党员');
    expect(text(tree.shadowRoot!.querySelector('[role="tree"]')!)).not.toContain('丽华社区党委');
  });

  it('stops listening while disconnected and catches up when reconnected', async () => {
    const workspace = await openWorkspace();
    const { provider, tree } = await mountProvided(workspace);
    const update = vi.spyOn(tree, 'requestUpdate');

    tree.remove();
    await workspace.run(renameOrg, { orgId: 'longcheng', name: '龙城花园社区党委' });
    expect(update).not.toHaveBeenCalled();

    provider.append(tree);
    await expect.poll(() => text(row(tree, 'longcheng'))).toBe('龙城花园社区党委 党委 4 名党员');
  });

  it('switches to a new workspace given to the provider', async () => {
    const first = await openWorkspace();
    const { provider, tree } = await mountProvided(first);
    const second = await openWorkspace();
    await second.run(renameOrg, { orgId: 'qinglong', name: '青龙街道大工委' });

    provider.workspace = second;
    await expect.poll(() => text(row(tree, 'qinglong'))).toBe('青龙街道大工委 党委 6 名党员');
    // The old workspace no longer drives this tree.
    await first.run(renameOrg, { orgId: 'qinglong', name: '旧名称党工委' });
    await tree.updateComplete;
    expect(text(row(tree, 'qinglong'))).toBe('青龙街道大工委 党委 6 名党员');
  });

  it('finds a provider that is upgraded after the tree (defines imported in any order)', async () => {
    const workspace = await openWorkspace();
    // A page's markup is parsed before its scripts run: here the tree's tag is defined and the
    // provider's is not yet, so the tree asks for a workspace before any provider can answer.
    const late = document.createElement('dj-late-provider') as DjProvider;
    late.workspace = workspace;
    late.append(document.createElement('dj-org-tree'));
    await mount(late);
    const tree = late.querySelector('dj-org-tree')!;
    await tree.updateComplete;
    expect(tree.shadowRoot!.querySelector('[part="loading"]')).not.toBeNull();

    customElements.define('dj-late-provider', class extends DjProvider {});
    await expect.poll(() => rowIds(tree)).toEqual(['qinglong', 'longcheng', 'lc-b1', 'lc-b2', 'lihua', 'lh-b1']);
    expect(tree.workspace).toBe(workspace);
  });

  it('prefers .orgs over the provided workspace', async () => {
    const workspace = await openWorkspace();
    const { tree } = await mountProvided(workspace);
    tree.orgs = [{ id: 'solo', name: '独立党支部', kind: 'branch', parentId: null }];
    await tree.updateComplete;
    expect(rowIds(tree)).toEqual(['solo']);
  });
});

describe('defineElement', () => {
  it('warns instead of throwing when a tag is already taken', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      expect(() => defineElement('dj-org-tree', class extends HTMLElement {})).not.toThrow();
      expect(warn).toHaveBeenCalledOnce();
      expect(String(warn.mock.calls[0]![0])).toContain('<dj-org-tree> is already defined');
      // The same class again is not a conflict.
      defineElement('dj-org-tree', customElements.get('dj-org-tree')!);
      expect(warn).toHaveBeenCalledOnce();
    } finally {
      warn.mockRestore();
    }
  });
});
