/** Which keys move along a list: vertical lists use Up/Down, tab lists Left/Right. */
export type Orientation = 'vertical' | 'horizontal';

/**
 * The index a navigation key moves to in a list of `count` items (roving tabindex), or
 * undefined when the key is not a navigation key. Home/End go to the ends; the arrows stop at
 * the ends (a listbox) or, with `wrap`, go round (tabs, as the WAI-ARIA tabs pattern has it).
 */
export function rovingIndex(
  key: string,
  current: number,
  count: number,
  orientation: Orientation,
  wrap = false,
): number | undefined {
  if (count === 0) return undefined;
  const [back, forward] = orientation === 'vertical' ? ['ArrowUp', 'ArrowDown'] : ['ArrowLeft', 'ArrowRight'];
  const clamp = (index: number): number => (wrap ? (index + count) % count : Math.max(0, Math.min(count - 1, index)));
  switch (key) {
    case back:
      return clamp(current - 1);
    case forward:
      return clamp(current + 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
