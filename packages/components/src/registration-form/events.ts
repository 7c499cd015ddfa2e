import type { Registration } from '@dangjian/core';
import { DjEvent } from '../shared/dj-event.js';

/** What the form collected: a `Registration` as `registerInCommunity` takes it. */
export interface DjRegistrationSubmitDetail {
  readonly registration: Registration;
}

/**
 * A reader submitted a valid 双报到. Cancel it to stop: connected, the form then does not run
 * `registerInCommunity`; given data, the page saves the registration itself.
 */
export class DjRegistrationSubmitEvent extends DjEvent<DjRegistrationSubmitDetail> {
  static override readonly eventName = 'dj-registration-submit';
  static override readonly cancelable = true;
}

export interface DjRegistrationSavedDetail {
  readonly registration: Registration;
  readonly revision: number;
}

/** Connected mode: the workspace saved the registration. */
export class DjRegistrationSavedEvent extends DjEvent<DjRegistrationSavedDetail> {
  static override readonly eventName = 'dj-registration-saved';
}

declare global {
  interface DjEventMap {
    'dj-registration-submit': DjRegistrationSubmitEvent;
    'dj-registration-saved': DjRegistrationSavedEvent;
  }
}
