import type { EvaluationBallot } from '@dangjian/core';
import { DjEvent } from '../shared/dj-event.js';

export interface DjEvaluationSubmittedDetail {
  /** The ballot as stored (`evaluation.submitRating` succeeded). */
  readonly ballot: EvaluationBallot;
  /** The workspace's revision after the command. */
  readonly revision: number;
}

/** The rater's marks were submitted. */
export class DjEvaluationSubmittedEvent extends DjEvent<DjEvaluationSubmittedDetail> {
  static override readonly eventName = 'dj-evaluation-submitted';

  get ballotId(): string {
    return this.detail.ballot.id;
  }
}

declare global {
  interface DjEventMap {
    'dj-evaluation-submitted': DjEvaluationSubmittedEvent;
  }
}
