import type { Org } from '@dangjian/core';

/**
 * A district-sized tree: one working committee, `communities` community committees, each with
 * `branches` branches of `groups` groups. The defaults give 6,021 orgs. Positions are set, so
 * the display order is the generation order and the first and last orgs are known.
 */
export function largeTree({ communities = 20, branches = 30, groups = 9 } = {}): Org[] {
  const orgs: Org[] = [{ id: 'root', name: '示范区党工委', kind: 'committee', subkind: 'working', parentId: null }];
  for (let c = 1; c <= communities; c++) {
    const community = `c${c}`;
    orgs.push({ id: community, name: `第${c}社区党委`, kind: 'committee', parentId: 'root', position: c });
    for (let b = 1; b <= branches; b++) {
      const branch = `${community}-b${b}`;
      orgs.push({ id: branch, name: `第${c}社区第${b}党支部`, kind: 'branch', parentId: community, position: b });
      for (let g = 1; g <= groups; g++) {
        orgs.push({
          id: `${branch}-g${g}`,
          name: `第${c}社区第${b}支部第${g}党小组`,
          kind: 'group',
          parentId: branch,
          position: g,
        });
      }
    }
  }
  return orgs;
}
