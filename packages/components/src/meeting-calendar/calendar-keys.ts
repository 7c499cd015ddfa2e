/** Where the grid's focus is: a data row (by position on the page) and the column it stands in. */
export interface GridPosition {
  readonly row: number;
  readonly column: number;
}

/** What a key does in the calendar grid: move within the page, turn the page, or nothing. */
export type GridMove =
  { readonly to: GridPosition } | { readonly page: -1 | 1 } | { readonly select: true } | undefined;

export interface GridShape {
  readonly rows: number;
  readonly columns: number;
  /** The start column of each cell of a row, in order (a cell may span several columns). */
  readonly cellStarts: (row: number) => readonly number[];
}

/** The start of the cell of `row` covering `column` (or the last one before it). */
export function cellStartAt(starts: readonly number[], column: number): number {
  return starts.filter((start) => start <= column).at(-1) ?? starts[0] ?? 0;
}

/**
 * The WAI-ARIA grid keys: arrows move a cell (a spanning cell is one stop), Home/End go to the
 * row's ends and with Ctrl to the page's, PageUp/PageDown turn the page, Enter/Space choose.
 */
export function gridMove(key: string, ctrl: boolean, at: GridPosition, shape: GridShape): GridMove {
  const starts = shape.cellStarts(at.row);
  const index = Math.max(0, starts.indexOf(cellStartAt(starts, at.column)));
  const inRow = (row: number, column: number): GridPosition => ({
    row,
    column: cellStartAt(shape.cellStarts(row), column),
  });
  switch (key) {
    case 'ArrowRight':
      return { to: { row: at.row, column: starts[Math.min(index + 1, starts.length - 1)] ?? at.column } };
    case 'ArrowLeft':
      return { to: { row: at.row, column: starts[Math.max(index - 1, 0)] ?? at.column } };
    case 'ArrowDown':
      return { to: inRow(Math.min(at.row + 1, shape.rows - 1), at.column) };
    case 'ArrowUp':
      return { to: inRow(Math.max(at.row - 1, 0), at.column) };
    case 'Home':
      return { to: ctrl ? inRow(0, 0) : { row: at.row, column: starts[0] ?? 0 } };
    case 'End':
      return ctrl
        ? { to: inRow(shape.rows - 1, shape.columns - 1) }
        : { to: { row: at.row, column: starts.at(-1) ?? at.column } };
    case 'PageDown':
      return { page: 1 };
    case 'PageUp':
      return { page: -1 };
    case 'Enter':
    case ' ':
      return { select: true };
    default:
      return undefined;
  }
}
