import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { rowRange, visibleSpan, type RowRange, type VisibleSpan } from './window-range.js';

export interface VirtualWindowOptions {
  /** The scroll box of the list (it may also be left to grow, with the page scrolling it). */
  readonly viewport: () => HTMLElement | null;
  /** The list inside the scroll box: spans are measured from its top. */
  readonly list: () => HTMLElement | null;
  /** A rendered row, to learn the row height the stylesheet gave (the `--dj-*` token may change it). */
  readonly sampleRow: () => HTMLElement | null;
  /** Lists up to this many rows are rendered whole: nothing to gain from windowing them. */
  readonly renderAllUpTo: number;
  readonly overscan: number;
}

/** 2.25rem at the default 16px, the stylesheet's default row height, until a row is measured. */
const defaultRowHeight = 36;

/**
 * Renders only the rows of a long list of same-height rows that are on screen (windowing), and
 * re-renders the host when scrolling or resizing brings other rows into view.
 *
 * Hand-written rather than `@lit-labs/virtualizer`: every row here has the same height (a design
 * token), so the window is plain arithmetic; rows are positioned by a custom property set
 * through the CSSOM, which a strict CSP allows; and keeping chosen rows (the focused one, the
 * one being dragged) rendered while scrolled away is one line here, not a fight with a layout
 * engine.
 *
 * The window follows both the list's own scroll box (when the page gives it a height) and the
 * browser window (when the list grows with the page): a scroll anywhere in the page is heard.
 */
export class VirtualWindowController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: VirtualWindowOptions;
  #rowHeight = defaultRowHeight;
  #span: VisibleSpan;
  #rendered: RowRange | undefined;
  #total = 0;
  #resizeObserver: ResizeObserver | undefined;
  #observed: HTMLElement | null = null;
  #frame: number | undefined;

  constructor(host: ReactiveControllerHost, options: VirtualWindowOptions) {
    this.#host = host;
    this.#options = options;
    this.#span = { top: 0, bottom: typeof window === 'undefined' ? 1000 : window.innerHeight };
    host.addController(this);
  }

  get rowHeight(): number {
    return this.#rowHeight;
  }

  /** How many rows fit the visible part of the list: what PageUp/PageDown move by. */
  get rowsPerPage(): number {
    return Math.max(1, Math.floor((this.#span.bottom - this.#span.top) / this.#rowHeight));
  }

  /** The rows to render out of `total`; remembered, so a scroll that stays inside it costs no render. */
  range(total: number): RowRange {
    this.#total = total;
    this.#rendered =
      total <= this.#options.renderAllUpTo
        ? { start: 0, end: total }
        : rowRange(this.#span, this.#rowHeight, total, this.#options.overscan);
    return this.#rendered;
  }

  hostConnected(): void {
    // Capture: scroll events do not bubble, and the page may scroll any ancestor of the list.
    window.addEventListener('scroll', this.#measure, { capture: true, passive: true });
    window.addEventListener('resize', this.#measure, { passive: true });
    this.#resizeObserver = new ResizeObserver(this.#measure);
  }

  hostDisconnected(): void {
    window.removeEventListener('scroll', this.#measure, { capture: true });
    window.removeEventListener('resize', this.#measure);
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.#observed?.removeEventListener('scroll', this.#measure);
    this.#observed = null;
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
  }

  hostUpdated(): void {
    const viewport = this.#options.viewport();
    if (viewport !== this.#observed) {
      this.#observed?.removeEventListener('scroll', this.#measure);
      if (this.#observed) this.#resizeObserver?.unobserve(this.#observed);
      if (viewport) {
        viewport.addEventListener('scroll', this.#measure, { passive: true });
        this.#resizeObserver?.observe(viewport);
      }
      this.#observed = viewport;
    }
    this.#measureNextFrame();
  }

  /**
   * Measures once the browser lays the update out, not in `hostUpdated`: a measurement there
   * that asks for another render is an update scheduled by an update (Lit warns, and the page
   * renders twice in one frame). The new window follows in the next frame.
   */
  #measureNextFrame(): void {
    if (this.#frame !== undefined) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = undefined;
      this.#measureRowHeight();
      this.#measure();
    });
  }

  #measureRowHeight(): void {
    const height = this.#options.sampleRow()?.getBoundingClientRect().height;
    if (!height || Math.abs(height - this.#rowHeight) < 0.5) return;
    this.#rowHeight = height;
    this.#host.requestUpdate();
  }

  readonly #measure = (): void => {
    const viewport = this.#options.viewport();
    const list = this.#options.list();
    if (!viewport || !list) return;
    const box = viewport.getBoundingClientRect();
    const offset = list.getBoundingClientRect().top - box.top + viewport.scrollTop;
    const span = visibleSpan({ top: box.top, height: box.height, scrollTop: viewport.scrollTop }, window.innerHeight);
    this.#span = { top: span.top - offset, bottom: span.bottom - offset };
    if (this.#total <= this.#options.renderAllUpTo) return;
    const next = rowRange(this.#span, this.#rowHeight, this.#total, this.#options.overscan);
    const rendered = this.#rendered;
    if (!rendered || next.start !== rendered.start || next.end !== rendered.end) this.#host.requestUpdate();
  };
}
