import { DjEvent } from './dj-event.js';

export interface DjUnmaskRequestDetail {
  /** The member whose numbers would be shown in full; absent for a whole roster. */
  readonly memberId?: string;
  /** Which numbers. */
  readonly fields: readonly ('idNumber' | 'phone')[];
}

/**
 * A reader asked to see ID numbers and phones in full. Unmasking is its own permission and is
 * audited (DESIGN §7): the page checks and records it, and cancels the event to refuse. Not
 * cancelled, the element sets its `unmask` property.
 */
export class DjUnmaskRequestEvent extends DjEvent<DjUnmaskRequestDetail> {
  static override readonly eventName = 'dj-unmask-request';
  static override readonly cancelable = true;
}

declare global {
  interface DjEventMap {
    'dj-unmask-request': DjUnmaskRequestEvent;
  }
}
