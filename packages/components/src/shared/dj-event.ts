/**
 * The base of every event an element fires: it bubbles and crosses shadow roots (so a page can
 * listen on `document`), carries a typed `detail`, and takes its name and cancelability from the
 * subclass's statics. A subclass is its name, its detail type and any shortcut getters:
 *
 * ```ts
 * export class DjOrgSelectEvent extends DjEvent<DjOrgSelectDetail> {
 *   static override readonly eventName = 'dj-org-select';
 *   static override readonly cancelable = true;
 * }
 * ```
 */
export class DjEvent<Detail> extends Event {
  /** The event's name, `dj-…`; each subclass sets its own. */
  static readonly eventName: string = '';
  /** Whether a listener may refuse what the event announces with `preventDefault()`. */
  static readonly cancelable: boolean = false;

  readonly detail: Detail;

  constructor(detail: Detail) {
    const type = new.target as typeof DjEvent;
    super(type.eventName, { bubbles: true, composed: true, cancelable: type.cancelable });
    this.detail = detail;
  }
}

declare global {
  /**
   * Every `dj-*` event by name, filled by each element's `events.ts`. The element and the document
   * maps extend it, so `addEventListener('dj-org-select', …)` is typed on both without each event
   * being listed twice.
   */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
  interface DjEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- only adds DjEventMap
  interface HTMLElementEventMap extends DjEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- only adds DjEventMap
  interface DocumentEventMap extends DjEventMap {}
}
