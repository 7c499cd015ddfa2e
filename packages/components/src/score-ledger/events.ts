import { DjEvent } from '../shared/dj-event.js';

export interface DjScoreMemberSelectDetail {
  /** The member whose ledger was asked for from the ranking. */
  readonly memberId: string;
}

/**
 * A member's name was chosen in a ranking. Cancelable: unless a listener calls
 * `preventDefault()`, the element then shows that member's ledger.
 */
export class DjScoreMemberSelectEvent extends DjEvent<DjScoreMemberSelectDetail> {
  static override readonly eventName = 'dj-score-member-select';
  static override readonly cancelable = true;

  get memberId(): string {
    return this.detail.memberId;
  }
}

declare global {
  interface DjEventMap {
    'dj-score-member-select': DjScoreMemberSelectEvent;
  }
}
