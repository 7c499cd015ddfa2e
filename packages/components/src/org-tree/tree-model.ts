import { buildOrgForest, type Org, type OrgTreeNode } from '@dangjian/core';

/** One visible line of the tree: everything a `treeitem` needs, without looking anything up. */
export interface VisibleRow {
  readonly org: Org;
  /** 1 for a root, as `aria-level` counts. */
  readonly level: number;
  /** 1-based position among its siblings, and how many siblings there are (`aria-posinset`/`setsize`). */
  readonly posInSet: number;
  readonly setSize: number;
  /** The row's parent in the tree as shown; null for a root (an org whose parent is missing is a root). */
  readonly parentId: string | null;
  readonly hasChildren: boolean;
  readonly expanded: boolean;
}

export type ExpandedTest = (org: Org, level: number) => boolean;
/** Which orgs take part at all (a search keeps matches and their ancestors); all when absent. */
export type IncludedTest = (org: Org) => boolean;

/**
 * The org hierarchy prepared for display: the ordered forest plus the lookups the keyboard and
 * the "reveal" logic need. Built once per set of orgs (not per render); rendering only walks it
 * into a flat list of visible rows, which is what a virtualised list will consume later.
 */
export class OrgTreeModel {
  readonly forest: readonly OrgTreeNode[];
  readonly #parentOf = new Map<string, string | null>();
  readonly #nodes = new Map<string, OrgTreeNode>();

  constructor(orgs: Iterable<Org>) {
    this.forest = buildOrgForest(orgs);
    const index = (nodes: readonly OrgTreeNode[], parentId: string | null): void => {
      for (const node of nodes) {
        this.#nodes.set(node.org.id, node);
        this.#parentOf.set(node.org.id, parentId);
        index(node.children, node.org.id);
      }
    };
    index(this.forest, null);
  }

  get size(): number {
    return this.#nodes.size;
  }

  node(orgId: string): OrgTreeNode | undefined {
    return this.#nodes.get(orgId);
  }

  /** Ids of the org's ancestors as shown, nearest first. Empty for a root or an unknown id. */
  ancestorIds(orgId: string): string[] {
    const ids: string[] = [];
    for (let id = this.#parentOf.get(orgId) ?? null; id !== null; id = this.#parentOf.get(id) ?? null) ids.push(id);
    return ids;
  }

  /** Every org, in no particular order. */
  *orgs(): Generator<Org> {
    for (const node of this.#nodes.values()) yield node.org;
  }

  /** Ids of every org that has children: the nodes that can be expanded. */
  parentIds(): string[] {
    return [...this.#nodes.values()].filter((node) => node.children.length > 0).map((node) => node.org.id);
  }

  /** The siblings of an org, itself included, in display order. */
  siblingsOf(orgId: string): readonly OrgTreeNode[] {
    const parentId = this.#parentOf.get(orgId);
    if (parentId === undefined) return [];
    return parentId === null ? this.forest : (this.#nodes.get(parentId)?.children ?? []);
  }

  /**
   * The rows a reader sees: depth first, descending only into expanded nodes. With `isIncluded`,
   * left-out orgs vanish with their subtrees, and positions and set sizes count the kept siblings
   * only, so `aria-posinset`/`aria-setsize` describe the tree as shown.
   */
  visibleRows(isExpanded: ExpandedTest, isIncluded?: IncludedTest): VisibleRow[] {
    const rows: VisibleRow[] = [];
    // An explicit stack, not recursion: the walk never depends on how deep a portal's tree is.
    const stack: { node: OrgTreeNode; level: number; posInSet: number; setSize: number; parentId: string | null }[] =
      [];
    const kept = (nodes: readonly OrgTreeNode[]): readonly OrgTreeNode[] =>
      isIncluded ? nodes.filter((node) => isIncluded(node.org)) : nodes;
    const pushChildren = (all: readonly OrgTreeNode[], level: number, parentId: string | null): void => {
      const nodes = kept(all);
      for (let index = nodes.length - 1; index >= 0; index--) {
        stack.push({ node: nodes[index]!, level, posInSet: index + 1, setSize: nodes.length, parentId });
      }
    };
    pushChildren(this.forest, 1, null);
    for (let item = stack.pop(); item; item = stack.pop()) {
      const { node, level } = item;
      const hasChildren = kept(node.children).length > 0;
      const expanded = hasChildren && isExpanded(node.org, level);
      rows.push({
        org: node.org,
        level,
        posInSet: item.posInSet,
        setSize: item.setSize,
        parentId: item.parentId,
        hasChildren,
        expanded,
      });
      if (expanded) pushChildren(node.children, level + 1, node.org.id);
    }
    return rows;
  }
}
