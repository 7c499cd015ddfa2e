import type { Member, MemberClassification } from '@dangjian/core';
import { DjEvent } from '../shared/dj-event.js';

export interface DjMemberSelectDetail {
  readonly memberId: string;
  readonly member: Member;
  readonly classification: MemberClassification;
}

/** A reader chose a member (Enter or a click on the row). Cancel it to keep the current selection. */
export class DjMemberSelectEvent extends DjEvent<DjMemberSelectDetail> {
  static override readonly eventName = 'dj-member-select';
  static override readonly cancelable = true;

  get memberId(): string {
    return this.detail.memberId;
  }
}

declare global {
  interface DjEventMap {
    'dj-member-select': DjMemberSelectEvent;
  }
}
