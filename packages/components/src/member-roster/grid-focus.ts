import { elementInPath } from '../shared/event-path.js';
import type { GridPosition } from './grid-keys.js';
import type { RosterEntry } from './roster-model.js';

/** The tab stop: a member's row (or `null`, the header row) and the stop within it. */
export interface Active {
  readonly id: string | null;
  readonly stop: number;
}

/** The rows after filtering and sorting, and where each member sits among them. */
export interface Shown {
  /** In paged mode, sparse: a position not fetched yet holds no entry. */
  readonly entries: readonly (RosterEntry | undefined)[];
  readonly positionOf: ReadonlyMap<string, number>;
}

const loadingPrefix = '\u0000loading-';

/** A stand-in id for a row not fetched yet: its key and position only. */
export const loadingId = (index: number): string => `${loadingPrefix}${index}`;

/** The id of the row at `row`: its member's, a loading row's, or `null` for the header (-1). */
export const idAt = (shown: Shown, row: number): string | null =>
  row < 0 ? null : (shown.entries[row]?.member.id ?? loadingId(row));

/** The tab stop if its row is still shown, else the selected row, else the first. */
export function activeIn(active: Active | undefined, shown: Shown, selected: string | undefined): Active {
  const loadingRow = active?.id?.startsWith(loadingPrefix) === true;
  if (active && (active.id === null || shown.positionOf.has(active.id) || loadingRow)) return active;
  const id =
    selected !== undefined && shown.positionOf.has(selected) ? selected : (shown.entries[0]?.member.id ?? loadingId(0));
  return { id, stop: 0 };
}

/** Where the tab stop is, as a row and stop of the grid. */
export function positionOf(active: Active, shown: Shown): GridPosition {
  const loading = active.id?.startsWith(loadingPrefix) ? Number(active.id.slice(loadingPrefix.length)) : undefined;
  return { row: active.id === null ? -1 : (shown.positionOf.get(active.id) ?? loading ?? 0), stop: active.stop };
}

/** The shown row of a member, if it is shown and fetched. */
export function entryWithId(shown: Shown | undefined, memberId: string | undefined): RosterEntry | undefined {
  const position = memberId === undefined ? undefined : shown?.positionOf.get(memberId);
  return position === undefined ? undefined : shown?.entries[position];
}

/** The element that takes focus for a stop: a sortable header cell's button, else the cell (or chip). */
export function focusableAt(root: ParentNode, id: string | null, stop: number): HTMLElement | undefined {
  const row =
    id === null ? root.querySelector('.header') : root.querySelector(`.body [data-member-id="${CSS.escape(id)}"]`);
  const target = row?.querySelector<HTMLElement>(`[data-stop="${stop}"]`);
  return target?.querySelector<HTMLElement>('button') ?? target ?? undefined;
}

/** The stop a focus event landed on, and its row's member (`null`: the header row). */
export function stopOfFocus(event: FocusEvent): { readonly active?: Active; readonly stopElement?: HTMLElement } {
  const stopElement = elementInPath(event, (element) => element.dataset['stop'] !== undefined);
  const row = elementInPath(event, (element) => element.getAttribute('role') === 'row');
  if (!stopElement || !row) return { ...(stopElement && { stopElement }) };
  const id = row.classList.contains('header') ? null : (row.dataset['memberId'] ?? null);
  return { active: { id, stop: Number(stopElement.dataset['stop']) }, stopElement };
}
