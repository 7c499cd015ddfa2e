/**
 * The first element on an event's composed path that passes `test`: the row or cell an event in
 * a shadow root happened in (`event.target` is retargeted to the host outside it).
 */
export function elementInPath(event: Event, test: (element: HTMLElement) => boolean): HTMLElement | undefined {
  return event.composedPath().find((target): target is HTMLElement => target instanceof HTMLElement && test(target));
}
