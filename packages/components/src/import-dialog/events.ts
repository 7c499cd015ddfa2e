export interface DjImportCompleteDetail {
  readonly imported: number;
  /** The workspace revision the import was saved as. */
  readonly revision: number;
}

/** The whole roster was valid and the workspace saved it, in one command. */
export class DjImportCompleteEvent extends Event {
  static readonly eventName = 'dj-import-complete';
  readonly detail: DjImportCompleteDetail;

  constructor(detail: DjImportCompleteDetail) {
    super(DjImportCompleteEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'dj-import-complete': DjImportCompleteEvent;
  }
  interface DocumentEventMap {
    'dj-import-complete': DjImportCompleteEvent;
  }
}
