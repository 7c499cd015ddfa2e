import '@dangjian/components/provider/define';
import '@dangjian/components/org-tree/define';
import type { DjOrgSelectEvent, DjOrgTree } from '@dangjian/components';
import { renameOrg, type Org, type Workspace } from '@dangjian/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { openDemoWorkspace } from './data/demo-workspace.js';
import { openCourtyardWorkspace } from './data/fixture-workspace.js';
import { largeTree } from './data/large-tree.js';
import { qinglongOrgs } from './data/qinglong.js';
import { connectedSnippet, dataInSnippet } from './data/snippets.js';

interface OrgTreeArgs {
  orgs: readonly Org[];
  expandDepth: number;
  selected: string | undefined;
  theme: 'light' | 'dark' | 'auto' | undefined;
  lang: string | undefined;
  movable: boolean;
  onSelect: (event: DjOrgSelectEvent) => void;
}

/** The tree element a story rendered; every story renders exactly one. */
function treeIn(canvasElement: HTMLElement): DjOrgTree {
  const tree = canvasElement.querySelector('dj-org-tree');
  if (!tree) throw new Error('the story rendered no <dj-org-tree>');
  return tree;
}

/** The tag's attributes as the story's args set them. */
const treeAttributes = (args: OrgTreeArgs) => ({
  'expand-depth': args.expandDepth,
  selected: args.selected,
  theme: args.theme,
  lang: args.lang,
  movable: args.movable,
});

const selectListener = "console.log('selected', event.orgId, event.detail.org.name);";

/** "Show code" of the data-in stories: the tree, its `.orgs` and the listener, ready to paste. */
const dataInSource = (args: OrgTreeArgs) =>
  dataInSnippet({
    tag: 'dj-org-tree',
    entry: 'org-tree',
    attributes: treeAttributes(args),
    properties: { orgs: args.orgs },
    event: 'dj-org-select',
    listener: selectListener,
  });

/** "Show code" of the connected stories: the tree in a provider with a workspace. */
const connectedSource = (args: OrgTreeArgs) =>
  connectedSnippet({
    tag: 'dj-org-tree',
    entry: 'org-tree',
    attributes: { ...treeAttributes(args), selected: undefined },
    seed: { orgs: qinglongOrgs },
    event: 'dj-org-select',
    listener: selectListener,
  });

/** Queries inside the element's shadow root, where its rows live. */
const shadowOf = (tree: DjOrgTree) => within(tree.shadowRoot as unknown as HTMLElement);

const focusedRowName = (tree: DjOrgTree): string | undefined =>
  tree.shadowRoot?.activeElement?.querySelector('[part="label"]')?.textContent ?? undefined;

const meta: Meta<OrgTreeArgs> = {
  title: 'Components/Org tree 党组织架构',
  component: 'dj-org-tree',
  args: {
    orgs: qinglongOrgs,
    expandDepth: 2,
    selected: undefined,
    theme: undefined,
    lang: undefined,
    movable: false,
    onSelect: fn(),
  },
  argTypes: {
    expandDepth: { control: { type: 'number', min: 0, max: 6 } },
    selected: { control: 'select', options: [undefined, ...qinglongOrgs.map((org) => org.id)] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en'] },
    orgs: { control: false },
    onSelect: { action: 'dj-org-select', table: { disable: true } },
  },
  parameters: {
    docs: {
      source: {
        // Thousands of orgs make no snippet to read: the large-tree story keeps Lit's markup.
        transform: (code: string, { args }: { args: OrgTreeArgs }) =>
          args.orgs.length > 100 ? code : dataInSource(args),
      },
    },
  },
  render: (args) =>
    html`<dj-org-tree
      .orgs=${args.orgs}
      expand-depth=${args.expandDepth}
      selected=${ifDefined(args.selected)}
      theme=${ifDefined(args.theme)}
      lang=${ifDefined(args.lang)}
      ?movable=${args.movable}
      @dj-org-select=${args.onSelect}
    ></dj-org-tree>`,
};

export default meta;
type Story = StoryObj<OrgTreeArgs>;

/**
 * Data in, events out: the page hands the element an array of orgs and listens for
 * `dj-org-select`. Nothing else is needed — no provider, no store.
 */
export const DataIn: Story = {
  play: async ({ canvasElement, args, step }) => {
    const tree = treeIn(canvasElement);
    const rows = shadowOf(tree);

    await step('shows three levels with their kind labels', async () => {
      await expect(rows.getByRole('tree', { name: '党组织架构' })).toBeVisible();
      await expect(rows.getByRole('treeitem', { name: '青龙街道党工委 党委' })).toBeVisible();
      await expect(rows.getByRole('treeitem', { name: '东方社区党总支 党总支' })).toBeVisible();
      await expect(rows.getByRole('treeitem', { name: '龙锦社区第一党支部 党支部' })).toBeVisible();
      // Groups sit at level 4: hidden until their branch is opened.
      await expect(rows.queryByText('第一网格党小组')).toBeNull();
    });

    await step('walks down with the arrow keys and opens a branch', async () => {
      tree.focus();
      await userEvent.keyboard('{ArrowDown}{ArrowDown}');
      await waitFor(() => expect(focusedRowName(tree)).toBe('龙锦社区第一党支部'));
      await userEvent.keyboard('{ArrowRight}');
      await waitFor(() => expect(rows.getByRole('treeitem', { name: '第一网格党小组 党小组' })).toBeVisible());
      await expect(rows.getByRole('treeitem', { name: '龙锦社区第一党支部 党支部' })).toHaveAttribute(
        'aria-expanded',
        'true',
      );
    });

    await step('selects with Enter and tells the page', async () => {
      await userEvent.keyboard('{Enter}');
      await waitFor(() =>
        expect(rows.getByRole('treeitem', { name: '龙锦社区第一党支部 党支部' })).toHaveAttribute(
          'aria-selected',
          'true',
        ),
      );
      await expect(args.onSelect).toHaveBeenCalledOnce();
      await expect(args.onSelect).toHaveBeenCalledWith(expect.objectContaining({ orgId: 'lj-b1' }));
    });
  },
};

/**
 * Connected: a `<dj-provider>` supplies a `Workspace` (here over an in-memory store) and the tree
 * shows its orgs and re-renders after every command — here a rename run by the page.
 */
export const Connected: StoryObj<OrgTreeArgs & { workspace?: Workspace }> = {
  parameters: {
    docs: { source: { transform: (_code: string, { args }: { args: OrgTreeArgs }) => connectedSource(args) } },
  },
  loaders: [async () => ({ workspace: await openDemoWorkspace() })],
  render: (args, { loaded }) =>
    html`<dj-provider .workspace=${loaded['workspace'] as Workspace}>
      <dj-org-tree
        expand-depth=${args.expandDepth}
        theme=${ifDefined(args.theme)}
        lang=${ifDefined(args.lang)}
        @dj-org-select=${args.onSelect}
      ></dj-org-tree>
    </dj-provider>`,
  play: async ({ canvasElement, loaded, step }) => {
    const workspace = loaded['workspace'] as Workspace;
    const tree = treeIn(canvasElement);
    const rows = shadowOf(tree);

    await step('shows the workspace orgs with the members of each subtree', async () => {
      await waitFor(() => expect(rows.getByRole('treeitem', { name: '青龙街道党工委 党委 102 名党员' })).toBeVisible());
      await expect(rows.getByRole('treeitem', { name: '青龙苑楼院党支部 党支部 12 名党员' })).toBeVisible();
    });

    await step('End jumps to the last visible org, Left goes up to its parent', async () => {
      tree.focus();
      await userEvent.keyboard('{End}');
      await waitFor(() => expect(focusedRowName(tree)).toBe('青龙科技园联合党支部'));
      await userEvent.keyboard('{ArrowLeft}');
      await waitFor(() => expect(focusedRowName(tree)).toBe('青龙街道两新组织综合党委'));
    });

    await step('a command run through the workspace re-renders the tree', async () => {
      const result = await workspace.run(renameOrg, { orgId: 'lx-b1', name: '青龙科技园区联合党支部' });
      await expect(result.ok).toBe(true);
      await waitFor(() =>
        expect(rows.getByRole('treeitem', { name: '青龙科技园区联合党支部 党支部 8 名党员' })).toBeVisible(),
      );
      await expect(rows.queryByText('青龙科技园联合党支部')).toBeNull();
    });
  },
};

/** `lang="en"` on the element (or any ancestor) switches kind labels and the tree's name. */
export const English: Story = {
  args: { lang: 'en', selected: 'qly-b1-g1' },
  play: async ({ canvasElement }) => {
    const rows = shadowOf(treeIn(canvasElement));
    await expect(rows.getByRole('tree', { name: 'Party organisations' })).toBeVisible();
    await expect(rows.getByRole('treeitem', { name: '东方社区党总支 general branch' })).toBeVisible();
    // Setting `selected` revealed the group under its collapsed branch.
    await expect(rows.getByRole('treeitem', { name: '3幢楼群党小组 group' })).toHaveAttribute('aria-selected', 'true');
  },
};

/** `theme="dark"`: the dark fallbacks of the `--dj-*` tokens. */
export const Dark: Story = {
  args: { theme: 'dark', selected: 'lj-b2' },
  parameters: { backgrounds: { value: '#1c1c21' } },
};

/** Brand colours come from `--dj-*` custom properties set anywhere above the element. */
export const CustomTokens: Story = {
  render: (args) =>
    html`<div style="--dj-color-primary: #8a1538; --dj-color-primary-subtle: #f6e7ec; --dj-radius: 0">
      <dj-org-tree .orgs=${args.orgs} selected="df-b1" @dj-org-select=${args.onSelect}></dj-org-tree>
    </div>`,
};

/** No orgs yet: a localized empty state instead of an empty tree. */
export const Empty: Story = {
  args: { orgs: [] },
  play: async ({ canvasElement }) => {
    const tree = treeIn(canvasElement);
    await expect(shadowOf(tree).getByText('暂无党组织')).toBeVisible();
    await expect(tree.shadowRoot?.querySelector('[role="tree"]')).toBeNull();
  },
};

const districtOrgs = largeTree();

/**
 * 6,021 orgs, every level open: only the rows in view (and a margin) are in the DOM, while the
 * scrollbar, `aria-setsize`/`aria-posinset` and the keyboard see the whole tree. Give the element
 * a height — here `--dj-org-tree-max-height` — to scroll inside it.
 */
export const District: Story = {
  args: { orgs: districtOrgs, expandDepth: 3 },
  render: (args) =>
    html`<dj-org-tree
      class="district"
      .orgs=${args.orgs}
      expand-depth=${args.expandDepth}
      style="--dj-org-tree-max-height: 26rem"
      @dj-org-select=${args.onSelect}
    ></dj-org-tree>`,
  play: async ({ canvasElement, step }) => {
    const tree = treeIn(canvasElement);
    const rendered = () => tree.shadowRoot!.querySelectorAll('[role="treeitem"]').length;

    await step('renders a screenful of rows, not 6,021', async () => {
      await waitFor(() => expect(rendered()).toBeGreaterThan(5));
      await expect(rendered()).toBeLessThan(60);
    });

    await step('End reaches the last org, Home the first', async () => {
      tree.focus();
      await userEvent.keyboard('{End}');
      await waitFor(() => expect(focusedRowName(tree)).toBe('第20社区第30支部第9党小组'));
      const last = tree.shadowRoot!.activeElement!;
      await expect(last).toHaveAttribute('aria-posinset', '9');
      await expect(last).toHaveAttribute('aria-level', '4');
      await expect(rendered()).toBeLessThan(60);
      await userEvent.keyboard('{Home}');
      await waitFor(() => expect(focusedRowName(tree)).toBe('示范区党工委'));
    });
  },
};

/**
 * The search box keeps the orgs whose name contains the text, with their ancestors opened, and
 * marks the match. ArrowDown goes into the results; Escape in the box clears it.
 */
export const Search: Story = {
  play: async ({ canvasElement, step }) => {
    const tree = treeIn(canvasElement);
    const shadow = shadowOf(tree);

    await step('typing 楼院 keeps the courtyard branch and its ancestors', async () => {
      await userEvent.type(shadow.getByRole('searchbox', { name: '搜索党组织' }), '楼院');
      await waitFor(() => expect(shadow.getAllByRole('treeitem')).toHaveLength(3));
      await expect(shadow.getByRole('treeitem', { name: '青龙苑楼院党支部 党支部' })).toBeVisible();
      await expect(shadow.getByRole('treeitem', { name: '青龙苑社区党委 党委' })).toHaveAttribute('aria-setsize', '1');
      await expect(tree.shadowRoot!.querySelector('mark')).toHaveTextContent('楼院');
      await expect(shadow.getByRole('status')).toHaveTextContent('找到 1 个名称匹配的党组织');
    });

    await step('ArrowDown goes into the results', async () => {
      await userEvent.keyboard('{ArrowDown}');
      await waitFor(() => expect(focusedRowName(tree)).toBe('青龙街道党工委'));
    });
  },
};

/**
 * `movable`, connected: drag a row onto its new parent, or Ctrl+X on a row, then Ctrl+V on the
 * new parent (Escape cancels). Rows that cannot take the picked org are struck through. The
 * tree runs core's `moveOrg`; a refused move shows the command's typed error.
 */
export const Movable: StoryObj<OrgTreeArgs & { workspace?: Workspace }> = {
  parameters: {
    docs: {
      source: {
        transform: (_code: string, { args }: { args: OrgTreeArgs }) =>
          connectedSource({ ...args, movable: true, expandDepth: 3 }),
      },
    },
  },
  loaders: [async () => ({ workspace: await openDemoWorkspace() })],
  render: (args, { loaded }) =>
    html`<dj-provider .workspace=${loaded['workspace'] as Workspace}>
      <dj-org-tree movable expand-depth="3" @dj-org-select=${args.onSelect}></dj-org-tree>
    </dj-provider>`,
  play: async ({ canvasElement, loaded, step }) => {
    const workspace = loaded['workspace'] as Workspace;
    const tree = treeIn(canvasElement);
    const shadow = shadowOf(tree);
    const focusRow = async (name: RegExp) => {
      shadow.getByRole('treeitem', { name }).focus();
      await waitFor(() => expect(tree.shadowRoot!.activeElement).toHaveAccessibleName(name));
    };

    await step('Ctrl+X picks up the functional branch; groups are marked as unable to take it', async () => {
      await waitFor(() => expect(shadow.getAllByRole('treeitem').length).toBeGreaterThan(10));
      await focusRow(/^龙锦社区服务民生功能型党支部/);
      await userEvent.keyboard('{Control>}x{/Control}');
      await waitFor(() => expect(shadow.getByRole('status')).toHaveTextContent('已选中“龙锦社区服务民生功能型党支部”'));
      await expect(shadow.getByRole('treeitem', { name: /^第一网格党小组/ })).toHaveAccessibleName(/不能移到此处/);
    });

    await step('Ctrl+V on 东方社区党总支 moves it there', async () => {
      await focusRow(/^东方社区党总支/);
      await userEvent.keyboard('{Control>}v{/Control}');
      await waitFor(() => expect(workspace.snapshot.orgs.get('lj-b3')?.parentId).toBe('df'));
      await waitFor(() => expect(focusedRowName(tree)).toBe('龙锦社区服务民生功能型党支部'));
      await expect(tree.shadowRoot!.activeElement).toHaveAttribute('aria-level', '3');
    });

    await step('a branch cannot go under a group: the alert says why', async () => {
      await focusRow(/^东方社区第一党支部/);
      await userEvent.keyboard('{Control>}x{/Control}');
      await focusRow(/^3幢楼群党小组/);
      await userEvent.keyboard('{Control>}v{/Control}');
      await waitFor(() => expect(shadow.getByRole('alert')).toHaveTextContent('无法移动：党小组下不能设立党支部'));
      await expect(workspace.snapshot.orgs.get('df-b1')?.parentId).toBe('df');
    });
  },
};

/**
 * Connected, every row counts the members of its whole subtree (正式 + 预备, by formal
 * membership), from core's `subtreeMemberCounts`; the tooltip splits out the full members.
 * Here the 楼院党建 town: four courtyard branches split out of one community branch.
 */
export const MemberCounts: StoryObj<OrgTreeArgs & { workspace?: Workspace }> = {
  loaders: [async () => ({ workspace: await openCourtyardWorkspace() })],
  render: (_args, { loaded }) =>
    html`<dj-provider .workspace=${loaded['workspace'] as Workspace}>
      <dj-org-tree expand-depth="3"></dj-org-tree>
    </dj-provider>`,
  play: async ({ canvasElement }) => {
    const shadow = shadowOf(treeIn(canvasElement));
    await waitFor(() => expect(shadow.getByRole('treeitem', { name: /^某街道党工委 党委 120 名党员$/ })).toBeVisible());
  },
};
