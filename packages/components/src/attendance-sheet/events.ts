import type { Meeting } from '@dangjian/core';
import { DjEvent } from '../shared/dj-event.js';

export interface DjMeetingRecordedDetail {
  /** The meeting as stored. */
  readonly meeting: Meeting;
  /** The workspace's revision after the command. */
  readonly revision: number;
}

/** The sheet recorded a meeting (`meeting.record` succeeded). */
export class DjMeetingRecordedEvent extends DjEvent<DjMeetingRecordedDetail> {
  static override readonly eventName = 'dj-meeting-recorded';

  get meetingId(): string {
    return this.detail.meeting.id;
  }
}

export interface DjMeetingSubmittedDetail {
  readonly meeting: Meeting;
  readonly revision: number;
}

/** The sheet submitted its record to the higher org's review (`meeting.submit` succeeded). */
export class DjMeetingSubmittedEvent extends DjEvent<DjMeetingSubmittedDetail> {
  static override readonly eventName = 'dj-meeting-submitted';

  get meetingId(): string {
    return this.detail.meeting.id;
  }
}

declare global {
  interface DjEventMap {
    'dj-meeting-recorded': DjMeetingRecordedEvent;
    'dj-meeting-submitted': DjMeetingSubmittedEvent;
  }
}
