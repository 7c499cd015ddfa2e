import { rosterGridColumns } from './columns.js';
import { activeIn, positionOf, type Active, type Shown } from './grid-focus.js';
import { nextPosition, type GridPosition } from './grid-keys.js';
import type { RosterEntry, SortKey } from './roster-model.js';
import { stopsOf } from './roster-row.js';

/** What the roster's key handler reads and drives. */
export interface RosterKeyHost {
  shown(): Shown | undefined;
  active(): Active | undefined;
  selected(): string | undefined;
  rowsPerPage(): number;
  hideTips(event: KeyboardEvent): void;
  sortBy(key: SortKey | undefined): void;
  select(entry: RosterEntry): void;
  focusAt(position: GridPosition): void;
}

/**
 * The grid's `keydown` listener: Escape hides the chip tips, Enter selects a member (or sorts by
 * a header's column, as Space does there), and the navigation keys of `nextPosition` move focus.
 */
export function rosterKeyDown(host: RosterKeyHost): (event: KeyboardEvent) => void {
  return (event) => {
    const shown = host.shown();
    if (!shown || shown.entries.length === 0 || event.altKey) return;
    const at = positionOf(activeIn(host.active(), shown, host.selected()), shown);
    if (event.key === 'Escape') return host.hideTips(event);
    if (event.key === 'Enter' || (event.key === ' ' && at.row < 0)) {
      event.preventDefault();
      const entry = shown.entries[at.row];
      if (at.row < 0) return host.sortBy(rosterGridColumns[at.stop]?.sort);
      return entry ? host.select(entry) : undefined;
    }
    const stopsIn = (row: number): number => {
      const entry = row < 0 ? undefined : shown.entries[row];
      return row < 0 ? rosterGridColumns.length : entry ? stopsOf(entry) : 1;
    };
    const shape = { rows: shown.entries.length, stopsIn, page: host.rowsPerPage() };
    const next = nextPosition(event.key, event.ctrlKey || event.metaKey, at, shape);
    // Space would scroll the grid a page and leave the focused cell out of view.
    if (next || event.key === ' ') event.preventDefault();
    if (next) host.focusAt(next);
  };
}
