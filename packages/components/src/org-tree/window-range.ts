/** The part of a tall list that is on screen, in pixels from the top of the list. */
export interface VisibleSpan {
  readonly top: number;
  readonly bottom: number;
}

/** Rows `[start, end)` to render. */
export interface RowRange {
  readonly start: number;
  readonly end: number;
}

/**
 * The rows to render for a span of a list of same-height rows: those on screen plus `overscan`
 * rows either side, so a fast scroll or an arrow key rarely reaches an unrendered row.
 */
export function rowRange(span: VisibleSpan, rowHeight: number, total: number, overscan: number): RowRange {
  if (total === 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, span.top) / rowHeight);
  const last = Math.ceil(Math.max(span.top, span.bottom) / rowHeight);
  const start = Math.max(0, Math.min(total - 1, first - overscan));
  const end = Math.max(start + 1, Math.min(total, last + overscan));
  return { start, end };
}

/**
 * Which part of a list is visible, given its scroll box and the browser window: the box's own
 * scroll position, clipped by the window when the box is taller than the screen (a tree left to
 * grow with the page, scrolled by the page).
 */
export function visibleSpan(
  box: { readonly top: number; readonly height: number; readonly scrollTop: number },
  windowHeight: number,
): VisibleSpan {
  const hiddenAbove = Math.max(0, -box.top);
  const shownTo = Math.max(hiddenAbove, Math.min(box.height, windowHeight - box.top));
  return { top: box.scrollTop + hiddenAbove, bottom: box.scrollTop + shownTo };
}

/**
 * Positions to put in the DOM, in order: the range in view plus any `kept` positions outside it
 * (the focused row, a row being dragged: a removed element would lose focus, and a removed drag
 * source would never hear its `dragend`).
 */
export function positionsToRender(range: RowRange, kept: readonly (number | undefined)[]): number[] {
  const positions = Array.from({ length: range.end - range.start }, (_, offset) => range.start + offset);
  for (const position of kept) {
    if (position !== undefined && (position < range.start || position >= range.end)) positions.push(position);
  }
  return [...new Set(positions)].sort((a, b) => a - b);
}
