/** A place in the grid: `row` -1 is the header row; `stop` is the cell (or chip) within the row. */
export interface GridPosition {
  readonly row: number;
  readonly stop: number;
}

export interface GridShape {
  /** Body rows. */
  readonly rows: number;
  /** Focus stops in a row (-1: the header). */
  readonly stopsIn: (row: number) => number;
  /** Rows a PageUp/PageDown moves by. */
  readonly page: number;
}

const clamp = (value: number, low: number, high: number): number => Math.max(low, Math.min(high, value));

/** Same stop in another row, clamped to the stops that row has. */
function toRow(shape: GridShape, row: number, stop: number): GridPosition {
  const target = clamp(row, -1, shape.rows - 1);
  return { row: target, stop: clamp(stop, 0, shape.stopsIn(target) - 1) };
}

/**
 * Where a key moves focus in the grid (WAI-ARIA data grid): arrows by one cell, PageUp/PageDown
 * by a screenful of rows, Home/End to the first/last cell of the row, Ctrl+Home/Ctrl+End to the
 * first/last row. Undefined when the key does not navigate.
 */
export function nextPosition(key: string, ctrl: boolean, at: GridPosition, shape: GridShape): GridPosition | undefined {
  const last = shape.stopsIn(at.row) - 1;
  switch (key) {
    case 'ArrowDown':
      return toRow(shape, at.row + 1, at.stop);
    case 'ArrowUp':
      return toRow(shape, at.row - 1, at.stop);
    case 'PageDown':
      return toRow(shape, Math.max(0, at.row) + shape.page, at.stop);
    case 'PageUp':
      return toRow(shape, Math.max(0, at.row - shape.page), at.stop);
    case 'ArrowRight':
      return { row: at.row, stop: Math.min(last, at.stop + 1) };
    case 'ArrowLeft':
      return { row: at.row, stop: Math.max(0, at.stop - 1) };
    case 'Home':
      return ctrl ? toRow(shape, 0, at.stop) : { row: at.row, stop: 0 };
    case 'End':
      return ctrl ? toRow(shape, shape.rows - 1, at.stop) : { row: at.row, stop: last };
    default:
      return undefined;
  }
}
