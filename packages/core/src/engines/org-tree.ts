import type { Snapshot } from '../kernel/snapshot.js';
import type { Org } from '../schema/org.js';

/** The chain from `orgId` up to its root, `orgId` first. Stops at a missing parent. */
export function ancestorsOf(snapshot: Pick<Snapshot, 'orgs'>, orgId: string): Org[] {
  const chain: Org[] = [];
  const seen = new Set<string>();
  let current = snapshot.orgs.get(orgId);
  while (current && !seen.has(current.id)) {
    chain.push(current);
    seen.add(current.id);
    current = current.parentId === null ? undefined : snapshot.orgs.get(current.parentId);
  }
  return chain;
}

/** Whether `candidateId` is `orgId` itself or lies below it. Walks up, so it costs the depth only. */
export function isWithin(snapshot: Pick<Snapshot, 'orgs'>, candidateId: string, orgId: string): boolean {
  return ancestorsOf(snapshot, candidateId).some((org) => org.id === orgId);
}

export interface OrgTreeNode {
  readonly org: Org;
  readonly children: OrgTreeNode[];
}

/** The orgs as a forest, siblings ordered by `position` then name (zh-CN collation). */
export function buildOrgForest(orgs: Iterable<Org>): OrgTreeNode[] {
  const nodes = new Map<string, OrgTreeNode>();
  for (const org of orgs) nodes.set(org.id, { org, children: [] });
  const roots: OrgTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.org.parentId === null ? undefined : nodes.get(node.org.parentId);
    (parent ? parent.children : roots).push(node);
  }
  const collator = new Intl.Collator('zh-CN');
  const order = (a: OrgTreeNode, b: OrgTreeNode): number =>
    (a.org.position ?? Number.MAX_SAFE_INTEGER) - (b.org.position ?? Number.MAX_SAFE_INTEGER) ||
    collator.compare(a.org.name, b.org.name) ||
    (a.org.id < b.org.id ? -1 : 1);
  const sortDeep = (list: OrgTreeNode[]): void => {
    list.sort(order);
    for (const node of list) sortDeep(node.children);
  };
  sortDeep(roots);
  return roots;
}
