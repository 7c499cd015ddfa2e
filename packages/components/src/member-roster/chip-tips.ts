import type { ReactiveControllerHost } from 'lit';
import { elementInPath } from '../shared/event-path.js';
import { placeTip, visibleBounds } from '../shared/tip-placement.js';

/**
 * The chips' tooltips: kept inside the grid's visible box (the last row's would be cut off), and
 * hidden by Escape until focus moves (WCAG 1.4.13: dismissible without moving the pointer).
 */
export class ChipTips {
  readonly #host: ReactiveControllerHost;
  readonly #grid: () => HTMLElement | null;
  #hidden = false;

  constructor(host: ReactiveControllerHost, grid: () => HTMLElement | null) {
    this.#host = host;
    this.#grid = grid;
  }

  get hidden(): boolean {
    return this.#hidden;
  }

  /** Focus moved: the tips show again. */
  show(): void {
    if (!this.#hidden) return;
    this.#hidden = false;
    this.#host.requestUpdate();
  }

  /** Escape: hides the tips, once; a second Escape is left to the page (a dialog may want it). */
  hide(event: KeyboardEvent): void {
    if (this.#hidden) return;
    this.#hidden = true;
    this.#host.requestUpdate();
    event.preventDefault();
  }

  /** Places the tip of the chip a pointer came over. */
  readonly onPointerOver = (event: PointerEvent): void => {
    const chip = elementInPath(event, (element) => element.classList.contains('chip-wrap'));
    if (chip) this.place(chip);
  };

  /** Places the tip of a chip (or of its wrapper) inside the grid's visible box. */
  place(chipOrWrap: HTMLElement): void {
    const wrap = chipOrWrap.closest<HTMLElement>('.chip-wrap');
    const grid = this.#grid();
    if (!wrap || !grid) return;
    placeTip(wrap, visibleBounds(grid));
    // :hover may apply only once the pointer event is handled: place it again when it shows.
    requestAnimationFrame(() => placeTip(wrap, visibleBounds(grid)));
  }
}
