import type { Org } from '@dangjian/core';

/** The ids of an org and every org below it. */
export function subtreeIds(orgs: Iterable<Org>, rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const org of orgs) {
    if (org.parentId === null) continue;
    const siblings = children.get(org.parentId);
    if (siblings) siblings.push(org.id);
    else children.set(org.parentId, [org.id]);
  }
  const ids = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (ids.has(id)) continue;
    ids.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return ids;
}
