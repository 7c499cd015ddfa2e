import type { Org } from '@dangjian/core';
import { DjEvent } from '../shared/dj-event.js';

export interface DjOrgSelectDetail {
  readonly orgId: string;
  readonly org: Org;
}

/**
 * A reader chose an organisation (click, Enter or Space). Cancel it (`preventDefault()`) to keep
 * the current selection, e.g. while a form has unsaved changes.
 */
export class DjOrgSelectEvent extends DjEvent<DjOrgSelectDetail> {
  static override readonly eventName = 'dj-org-select';
  static override readonly cancelable = true;

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
export class DjOrgToggleEvent extends DjEvent<DjOrgToggleDetail> {
  static override readonly eventName = 'dj-org-toggle';

  get orgId(): string {
    return this.detail.orgId;
  }

  get expanded(): boolean {
    return this.detail.expanded;
  }
}

export interface DjOrgMoveRequestDetail {
  readonly orgId: string;
  /** The new parent. */
  readonly parentId: string;
  readonly org: Org;
  readonly parent: Org;
}

/**
 * A reader asked to move an org under another (drag and drop, or Ctrl+X then Ctrl+V), and the
 * rules allow it. Cancel it to refuse (e.g. after a confirmation dialog said no).
 *
 * Connected to a workspace, the tree then runs `moveOrg` itself. Given `.orgs`, the page owns
 * the data: it applies the move and sets `.orgs` again.
 */
export class DjOrgMoveRequestEvent extends DjEvent<DjOrgMoveRequestDetail> {
  static override readonly eventName = 'dj-org-move-request';
  static override readonly cancelable = true;

  get orgId(): string {
    return this.detail.orgId;
  }

  get parentId(): string {
    return this.detail.parentId;
  }
}

export interface DjOrgMovedDetail {
  readonly orgId: string;
  readonly parentId: string;
  /** The parent it had before. */
  readonly fromParentId: string | null;
  /** The workspace revision the move was saved as. */
  readonly revision: number;
}

/** Connected mode: the workspace saved a move the reader made. */
export class DjOrgMovedEvent extends DjEvent<DjOrgMovedDetail> {
  static override readonly eventName = 'dj-org-moved';

  get orgId(): string {
    return this.detail.orgId;
  }
}

/** Typed `addEventListener` on the element and, since the events are composed and bubble, on the page. */
declare global {
  interface DjEventMap {
    'dj-org-select': DjOrgSelectEvent;
    'dj-org-toggle': DjOrgToggleEvent;
    'dj-org-move-request': DjOrgMoveRequestEvent;
    'dj-org-moved': DjOrgMovedEvent;
  }
}
