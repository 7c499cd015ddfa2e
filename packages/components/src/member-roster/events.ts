import type { Member, MemberClassification } from '@dangjian/core';

export interface DjMemberSelectDetail {
  readonly memberId: string;
  readonly member: Member;
  readonly classification: MemberClassification;
}

/** A reader chose a member (Enter or a click on the row). Cancel it to keep the current selection. */
export class DjMemberSelectEvent extends Event {
  static readonly eventName = 'dj-member-select';
  readonly detail: DjMemberSelectDetail;

  constructor(detail: DjMemberSelectDetail) {
    super(DjMemberSelectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }

  get memberId(): string {
    return this.detail.memberId;
  }
}

declare global {
  interface HTMLElementEventMap {
    'dj-member-select': DjMemberSelectEvent;
  }
  interface DocumentEventMap {
    'dj-member-select': DjMemberSelectEvent;
  }
}
