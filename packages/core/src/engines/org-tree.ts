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

const subtrees = new WeakMap<object, Map<string, ReadonlySet<string>>>();

/** Every org id at or below `rootId`, computed once per org table and root. */
export function subtreeOf(snapshot: Pick<Snapshot, 'orgs'>, rootId: string): ReadonlySet<string> {
  let byRoot = subtrees.get(snapshot.orgs);
  if (!byRoot) subtrees.set(snapshot.orgs, (byRoot = new Map()));
  const cached = byRoot.get(rootId);
  if (cached) return cached;
  const children = new Map<string, string[]>();
  for (const org of snapshot.orgs.values()) {
    if (org.parentId === null) continue;
    children.set(org.parentId, [...(children.get(org.parentId) ?? []), org.id]);
  }
  const within = new Set<string>();
  const stack = snapshot.orgs.has(rootId) ? [rootId] : [];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (within.has(id)) continue;
    within.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  byRoot.set(rootId, within);
  return within;
}
