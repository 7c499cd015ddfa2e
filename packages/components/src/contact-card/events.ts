import type { ContactCard } from '@dangjian/core';

export interface DjContactRecordedDetail {
  readonly memberId: string;
  readonly card: ContactCard;
  /** The workspace revision the card was saved as. */
  readonly revision: number;
}

/** Connected mode: the workspace saved an updated contact card (`recordContact`). */
export class DjContactRecordedEvent extends Event {
  static readonly eventName = 'dj-contact-recorded';
  readonly detail: DjContactRecordedDetail;

  constructor(detail: DjContactRecordedDetail) {
    super(DjContactRecordedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }

  get memberId(): string {
    return this.detail.memberId;
  }
}

declare global {
  interface HTMLElementEventMap {
    'dj-contact-recorded': DjContactRecordedEvent;
  }
  interface DocumentEventMap {
    'dj-contact-recorded': DjContactRecordedEvent;
  }
}
