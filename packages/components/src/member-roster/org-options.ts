import { buildOrgForest, type Org, type OrgTreeNode } from '@dangjian/core';

export interface OrgOption {
  readonly id: string;
  readonly name: string;
  readonly depth: number;
  /** The parent org's name: a city has many a 第一党支部. */
  readonly parentName: string | undefined;
  /** The name indented by depth with full-width spaces: a `<select>` has no other indentation. */
  readonly label: string;
}

/** Orgs in tree order, for the org filter. */
export function orgOptions(orgs: Iterable<Org>): OrgOption[] {
  const options: OrgOption[] = [];
  const walk = (nodes: readonly OrgTreeNode[], depth: number, parentName: string | undefined): void => {
    for (const node of nodes) {
      const { id, name } = node.org;
      options.push({ id, name, depth, parentName, label: `${'\u3000'.repeat(depth)}${name}` });
      walk(node.children, depth + 1, name);
    }
  };
  walk(buildOrgForest(orgs), 0, undefined);
  return options;
}
