import { DjEvent } from '../shared/dj-event.js';

export interface DjImportCompleteDetail {
  readonly imported: number;
  /** The workspace revision the import was saved as. */
  readonly revision: number;
}

/** The whole roster was valid and the workspace saved it, in one command. */
export class DjImportCompleteEvent extends DjEvent<DjImportCompleteDetail> {
  static override readonly eventName = 'dj-import-complete';
}

declare global {
  interface DjEventMap {
    'dj-import-complete': DjImportCompleteEvent;
  }
}
