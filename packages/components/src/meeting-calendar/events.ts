import type { Finding, MeetingKind, PeriodCount } from '@dangjian/core';
import { DjEvent } from '../shared/dj-event.js';

export interface DjMeetingCellSelectDetail {
  readonly orgId: string;
  readonly kind: MeetingKind;
  /** The cadence rule's id: `meetings.assembly`, `meetings.lecture.secretary`… */
  readonly ruleId: string;
  /** The periods the cell covers, with what was held in each. */
  readonly periods: readonly PeriodCount[];
  /** The report's findings for those periods. */
  readonly findings: readonly Finding[];
}

/** A reader chose a cell of the calendar (click, Enter or Space): an org's meetings of one kind in a period. */
export class DjMeetingCellSelectEvent extends DjEvent<DjMeetingCellSelectDetail> {
  static override readonly eventName = 'dj-meeting-cell-select';

  get orgId(): string {
    return this.detail.orgId;
  }
}

declare global {
  interface DjEventMap {
    'dj-meeting-cell-select': DjMeetingCellSelectEvent;
  }
}
