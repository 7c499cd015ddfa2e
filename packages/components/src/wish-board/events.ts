import type { WishState } from '@dangjian/core';
import { DjEvent } from '../shared/dj-event.js';

export interface DjWishSteppedDetail {
  readonly wishId: string;
  /** The command the workspace committed. */
  readonly type: 'wish.review' | 'wish.publish' | 'wish.claim' | 'wish.cancelClaim' | 'wish.confirm';
  /** The state the wish is in now. */
  readonly state: WishState;
  /** The workspace revision the change was saved as. */
  readonly revision: number;
}

/** The workspace saved a step taken on the board: a review, a publication, a claim, its release or a confirmation. */
export class DjWishSteppedEvent extends DjEvent<DjWishSteppedDetail> {
  static override readonly eventName = 'dj-wish-stepped';

  get wishId(): string {
    return this.detail.wishId;
  }
}

declare global {
  interface DjEventMap {
    'dj-wish-stepped': DjWishSteppedEvent;
  }
}
