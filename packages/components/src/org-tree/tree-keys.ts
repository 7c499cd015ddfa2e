import type { OrgMoveController } from './move-controller.js';
import type { TreeExpansion } from './tree-expansion.js';
import type { OrgTreeModel, VisibleRow } from './tree-model.js';
import type { RowIndex } from './tree-rows.js';

/** What a key does on a row of the tree (WAI-ARIA tree pattern). */
export type TreeKeyAction =
  | { readonly kind: 'focus'; readonly position: number }
  | { readonly kind: 'focusParent'; readonly parentId: string }
  | { readonly kind: 'toggle'; readonly expanded: boolean }
  | { readonly kind: 'select' }
  | { readonly kind: 'expandSiblings' }
  | { readonly kind: 'escape' }
  /** A tree key with nothing to do here (Right on a leaf, Left on a root): still not the page's. */
  | { readonly kind: 'none' };

/**
 * The action for `key` on the row at `position` of `total` visible rows, or none for a key the
 * tree leaves to the page. Focus targets are clamped to the rows.
 */
export function treeKeyAction(
  key: string,
  row: VisibleRow,
  position: number,
  total: number,
  rowsPerPage: number,
): TreeKeyAction | undefined {
  const focus = (at: number): TreeKeyAction => ({ kind: 'focus', position: Math.max(0, Math.min(total - 1, at)) });
  switch (key) {
    case 'ArrowDown':
      return focus(position + 1);
    case 'ArrowUp':
      return focus(position - 1);
    case 'PageDown':
      return focus(position + rowsPerPage);
    case 'PageUp':
      return focus(position - rowsPerPage);
    case 'Home':
      return focus(0);
    case 'End':
      return focus(total - 1);
    case 'ArrowRight':
      if (!row.hasChildren) return { kind: 'none' };
      return row.expanded ? focus(position + 1) : { kind: 'toggle', expanded: true };
    case 'ArrowLeft':
      if (row.expanded) return { kind: 'toggle', expanded: false };
      return row.parentId === null ? { kind: 'none' } : { kind: 'focusParent', parentId: row.parentId };
    case 'Enter':
    case ' ':
      return { kind: 'select' };
    case '*':
      return { kind: 'expandSiblings' };
    case 'Escape':
      return { kind: 'escape' };
    default:
      return undefined;
  }
}

/** What the tree's key handler reads and drives. */
export interface TreeKeyHost {
  rowOf(event: Event): VisibleRow | undefined;
  rows(): RowIndex | undefined;
  model(): OrgTreeModel | undefined;
  rowsPerPage(): number;
  movable(): boolean;
  inSearch(): boolean;
  focusRow(orgId: string): void;
  select(row: VisibleRow): void;
  readonly move: OrgMoveController;
  readonly expansion: TreeExpansion;
}

/** Ctrl+X picks the row up, Ctrl+V puts the picked org under the row (⌘ on a Mac). */
function onMoveKey(host: TreeKeyHost, event: KeyboardEvent, row: VisibleRow): boolean {
  if (!host.movable() || event.altKey || event.shiftKey) return false;
  const key = event.key.toLowerCase();
  if (key === 'x') host.move.pick(row.org.id, 'keyboard');
  else if (key === 'v' && host.move.picked) void host.move.drop(row.org.id);
  else return false;
  return true;
}

/** Escape cancels a pick, else closes the alert; otherwise it is left to the page (a dialog may want it). */
function onEscape(move: OrgMoveController): boolean {
  if (move.picked) move.cancel();
  else if (move.error) move.dismissError();
  else return false;
  return true;
}

function onTreeKey(host: TreeKeyHost, event: KeyboardEvent, row: VisibleRow): boolean {
  const index = host.rows();
  if (event.altKey || !index) return false;
  const position = index.positionOf.get(row.org.id) ?? 0;
  const action = treeKeyAction(event.key, row, position, index.rows.length, host.rowsPerPage());
  const model = host.model();
  switch (action?.kind) {
    case undefined:
      return false;
    case 'focus': {
      const target = index.rows[action.position];
      if (target) host.focusRow(target.org.id);
      return true;
    }
    case 'focusParent':
      host.focusRow(action.parentId);
      return true;
    case 'toggle':
      host.expansion.toggle(row, action.expanded, host.inSearch());
      return true;
    case 'select':
      host.select(row);
      return true;
    case 'expandSiblings':
      if (model) host.expansion.expandSiblings(model, row, host.inSearch());
      return true;
    case 'escape':
      return onEscape(host.move);
    case 'none':
      return true;
  }
}

/** The tree's `keydown` listener: move keys with Ctrl (or ⌘), tree keys without. */
export function treeKeyDown(host: TreeKeyHost): (event: KeyboardEvent) => void {
  return (event) => {
    const row = host.rowOf(event);
    if (!row) return;
    const handled = event.ctrlKey || event.metaKey ? onMoveKey(host, event, row) : onTreeKey(host, event, row);
    if (handled) event.preventDefault();
  };
}
