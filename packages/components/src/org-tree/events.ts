import type { Org } from '@dangjian/core';

export interface DjOrgSelectDetail {
  readonly orgId: string;
  readonly org: Org;
}

/**
 * A reader chose an organisation (click, Enter or Space). Cancel it (`preventDefault()`) to keep
 * the current selection, e.g. while a form has unsaved changes.
 */
export class DjOrgSelectEvent extends Event {
  static readonly eventName = 'dj-org-select';
  readonly detail: DjOrgSelectDetail;

  constructor(detail: DjOrgSelectDetail) {
    super(DjOrgSelectEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }

  get orgId(): string {
    return this.detail.orgId;
  }
}

export interface DjOrgToggleDetail {
  readonly orgId: string;
  readonly org: Org;
  readonly expanded: boolean;
}

/** A reader expanded or collapsed an organisation's branch of the tree. */
export class DjOrgToggleEvent extends Event {
  static readonly eventName = 'dj-org-toggle';
  readonly detail: DjOrgToggleDetail;

  constructor(detail: DjOrgToggleDetail) {
    super(DjOrgToggleEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }

  get orgId(): string {
    return this.detail.orgId;
  }

  get expanded(): boolean {
    return this.detail.expanded;
  }
}

/** Typed `addEventListener` on the element and, since the events are composed and bubble, on the page. */
declare global {
  interface HTMLElementEventMap {
    'dj-org-select': DjOrgSelectEvent;
    'dj-org-toggle': DjOrgToggleEvent;
  }
  interface DocumentEventMap {
    'dj-org-select': DjOrgSelectEvent;
    'dj-org-toggle': DjOrgToggleEvent;
  }
}
