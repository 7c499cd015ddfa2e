import type { Registration } from '@dangjian/core';

/** What the form collected: a `Registration` as `registerInCommunity` takes it. */
export interface DjRegistrationSubmitDetail {
  readonly registration: Registration;
}

/**
 * A reader submitted a valid 双报到. Cancel it to stop: connected, the form then does not run
 * `registerInCommunity`; given data, the page saves the registration itself.
 */
export class DjRegistrationSubmitEvent extends Event {
  static readonly eventName = 'dj-registration-submit';
  readonly detail: DjRegistrationSubmitDetail;

  constructor(detail: DjRegistrationSubmitDetail) {
    super(DjRegistrationSubmitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

export interface DjRegistrationSavedDetail {
  readonly registration: Registration;
  readonly revision: number;
}

/** Connected mode: the workspace saved the registration. */
export class DjRegistrationSavedEvent extends Event {
  static readonly eventName = 'dj-registration-saved';
  readonly detail: DjRegistrationSavedDetail;

  constructor(detail: DjRegistrationSavedDetail) {
    super(DjRegistrationSavedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface HTMLElementEventMap {
    'dj-registration-submit': DjRegistrationSubmitEvent;
    'dj-registration-saved': DjRegistrationSavedEvent;
  }
  interface DocumentEventMap {
    'dj-registration-submit': DjRegistrationSubmitEvent;
    'dj-registration-saved': DjRegistrationSavedEvent;
  }
}
