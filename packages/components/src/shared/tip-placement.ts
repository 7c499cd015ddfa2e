/** Room kept between a tooltip and its chip, as in chip.styles.ts (0.25rem). */
const gap = 4;

/** The part of `scrollBox` on screen: its inner box (no scrollbars), cut by the browser window. */
export function visibleBounds(scrollBox: HTMLElement): DOMRect {
  const box = scrollBox.getBoundingClientRect();
  const left = Math.max(0, box.left + scrollBox.clientLeft);
  const top = Math.max(0, box.top + scrollBox.clientTop);
  const right = Math.min(window.innerWidth, box.left + scrollBox.clientLeft + scrollBox.clientWidth);
  const bottom = Math.min(window.innerHeight, box.top + scrollBox.clientTop + scrollBox.clientHeight);
  return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
}

/**
 * Keeps a shown chip tooltip (`.chip-wrap > .tip`) inside `bounds`: above its chip when there is
 * no room below (the last rows of a scroll box), ending at the chip's end when there is no room
 * to its right (chips near the box's edge). Without this the scroll box clips the reason.
 * Does nothing while the tooltip is hidden.
 */
export function placeTip(wrap: HTMLElement, bounds: DOMRect): void {
  const tip = wrap.querySelector<HTMLElement>(':scope > .tip');
  if (!tip) return;
  wrap.classList.remove('tip-above', 'tip-end');
  const shown = tip.getBoundingClientRect();
  if (shown.height === 0) return;
  const anchor = wrap.getBoundingClientRect();
  const roomBelow = bounds.bottom - anchor.bottom - gap;
  const roomAbove = anchor.top - bounds.top - gap;
  if (shown.height > roomBelow && roomAbove > roomBelow) wrap.classList.add('tip-above');
  const roomRight = bounds.right - anchor.left;
  const roomLeft = anchor.right - bounds.left;
  if (shown.width > roomRight && roomLeft > roomRight) wrap.classList.add('tip-end');
}
