import { DjEvent } from '../shared/dj-event.js';

export interface DjDuesRecordedDetail {
  /** The command the workspace committed. */
  readonly type: 'dues.pay' | 'dues.defer' | 'dues.report';
  readonly monthId: string;
  /** The member paid for or deferred; absent for a report. */
  readonly memberId?: string;
  /** The workspace revision the change was saved as. */
  readonly revision: number;
}

/** The workspace saved a payment, a deferral or the month's report made in the statement. */
export class DjDuesRecordedEvent extends DjEvent<DjDuesRecordedDetail> {
  static override readonly eventName = 'dj-dues-recorded';

  get monthId(): string {
    return this.detail.monthId;
  }
}

declare global {
  interface DjEventMap {
    'dj-dues-recorded': DjDuesRecordedEvent;
  }
}
