import type { ContactCard } from '@dangjian/core';
import { DjEvent } from '../shared/dj-event.js';

export interface DjContactRecordedDetail {
  readonly memberId: string;
  readonly card: ContactCard;
  /** The workspace revision the card was saved as. */
  readonly revision: number;
}

/** Connected mode: the workspace saved an updated contact card (`recordContact`). */
export class DjContactRecordedEvent extends DjEvent<DjContactRecordedDetail> {
  static override readonly eventName = 'dj-contact-recorded';

  get memberId(): string {
    return this.detail.memberId;
  }
}

declare global {
  interface DjEventMap {
    'dj-contact-recorded': DjContactRecordedEvent;
  }
}
