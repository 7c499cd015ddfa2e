import type { Org } from '@dangjian/core';
import { valuesOf, type RecordSource } from '../shared/record-source.js';
import { OrgTreeModel, type VisibleRow } from './tree-model.js';
import type { OrgSearch } from './tree-search.js';

/** The rows of one render and where each id sits among them. */
export interface RowIndex {
  readonly rows: readonly VisibleRow[];
  readonly positionOf: ReadonlyMap<string, number>;
}

/** The tree of the orgs shown; memoised by the element, so built once per orgs table. */
export const treeModelOf = (orgs: RecordSource<Org>): OrgTreeModel => new OrgTreeModel(valuesOf(orgs));

/** Orgs the reader opened or closed, by id; every other org follows the default. */
export type Expansion = ReadonlyMap<string, boolean>;

/**
 * The visible rows: while searching, the orgs the search keeps, open unless the reader closed
 * them; otherwise the orgs open by the reader's choice or by `expandDepth`.
 */
export function visibleRowIndex(
  model: OrgTreeModel,
  search: OrgSearch | undefined,
  expansion: Expansion,
  expandDepth: number,
): RowIndex {
  const rows = search
    ? model.visibleRows(
        (org) => expansion.get(org.id) ?? true,
        (org) => search.included.has(org.id),
      )
    : model.visibleRows((org, level) => expansion.get(org.id) ?? level <= expandDepth);
  return { rows, positionOf: new Map(rows.map((row, position) => [row.org.id, position])) };
}

/** `current` with `ids` set to `expanded`, and the ids that changed (none: `current` itself). */
export function withExpanded(
  current: Expansion,
  ids: readonly string[],
  expanded: boolean,
): { readonly next: Expansion; readonly changed: string[] } {
  const changed = ids.filter((id) => current.get(id) !== expanded);
  if (changed.length === 0) return { next: current, changed };
  const next = new Map(current);
  for (const id of changed) next.set(id, expanded);
  return { next, changed };
}

/** The tab stop: the last focused row if still visible, else the selected row, else the first. */
export function activeIdIn(index: RowIndex, candidates: readonly (string | undefined)[]): string | undefined {
  for (const id of candidates) {
    if (id !== undefined && index.positionOf.has(id)) return id;
  }
  return index.rows[0]?.org.id;
}

/** The visible row of an org, if it is visible. */
export function rowWithId(index: RowIndex | undefined, orgId: string): VisibleRow | undefined {
  const position = index?.positionOf.get(orgId);
  return position === undefined ? undefined : index?.rows[position];
}
