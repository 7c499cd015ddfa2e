import { DjEvent } from '../shared/dj-event.js';

export interface DjStepRecordedDetail {
  readonly processId: string;
  /** The step recorded (2–25). */
  readonly step: number;
  /** Its date, `YYYY-MM-DD`. */
  readonly on: string;
  /** The workspace revision the step was saved as. */
  readonly revision: number;
}

/** The workspace recorded the next step of the process (`development.recordStep`). */
export class DjStepRecordedEvent extends DjEvent<DjStepRecordedDetail> {
  static override readonly eventName = 'dj-step-recorded';

  get step(): number {
    return this.detail.step;
  }
}

declare global {
  interface DjEventMap {
    'dj-step-recorded': DjStepRecordedEvent;
  }
}
