import { DjEvent } from '../shared/dj-event.js';

export interface DjHoursRecordedDetail {
  /** The `volunteerHours` record the workspace saved. */
  readonly hoursId: string;
  readonly teamId: string;
  readonly minutes: number;
  readonly on: string;
  /** The workspace revision the record was saved as. */
  readonly revision: number;
}

/** The workspace saved the hours recorded in the element. */
export class DjHoursRecordedEvent extends DjEvent<DjHoursRecordedDetail> {
  static override readonly eventName = 'dj-hours-recorded';

  get minutes(): number {
    return this.detail.minutes;
  }
}

declare global {
  interface DjEventMap {
    'dj-hours-recorded': DjHoursRecordedEvent;
  }
}
