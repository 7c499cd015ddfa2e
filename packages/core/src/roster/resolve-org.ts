import type { Snapshot } from '../kernel/snapshot.js';
import type { Org } from '../schema/org.js';

export type OrgResolution = { readonly orgId: string } | { readonly problem: 'unknown' | 'ambiguous' };

/** An org's names from the root down, joined by `/`: how a roster file names it unambiguously. */
export function orgPath(snapshot: Pick<Snapshot, 'orgs'>, orgId: string): string {
  const org = snapshot.orgs.get(orgId);
  return org ? pathOf(org, snapshot).join('/') : orgId;
}

function pathOf(org: Org, snapshot: Pick<Snapshot, 'orgs'>): string[] {
  const names: string[] = [];
  let current: Org | undefined = org;
  const seen = new Set<string>();
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    names.unshift(current.name);
    current = current.parentId === null ? undefined : snapshot.orgs.get(current.parentId);
  }
  return names;
}

/**
 * Finds the org a roster cell means: its id, its full path of names (`党工委/社区党委/第1党支部`,
 * `/` or `>` between), or a name that is unique in the tenant. Names like 第1党支部 repeat across
 * communities, so a bare name that matches several orgs is ambiguous rather than guessed.
 */
export function createOrgResolver(snapshot: Pick<Snapshot, 'orgs'>): (cell: string) => OrgResolution {
  const byName = new Map<string, string[]>();
  const byPath = new Map<string, string>();
  for (const org of snapshot.orgs.values()) {
    byName.set(org.name, [...(byName.get(org.name) ?? []), org.id]);
    byPath.set(pathOf(org, snapshot).join('/'), org.id);
  }
  return (cell) => {
    if (snapshot.orgs.has(cell)) return { orgId: cell };
    const path = cell.split(/\s*[/>]\s*/).join('/');
    const byFullPath = byPath.get(path);
    if (byFullPath) return { orgId: byFullPath };
    const named = byName.get(cell) ?? [];
    if (named.length === 1) return { orgId: named[0]! };
    return { problem: named.length > 1 ? 'ambiguous' : 'unknown' };
  };
}
