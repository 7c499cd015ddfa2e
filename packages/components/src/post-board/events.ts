import { DjEvent } from '../shared/dj-event.js';

export interface DjPostClaimedDetail {
  /** The command the workspace committed. */
  readonly type: 'post.claim' | 'post.release';
  readonly postId: string;
  readonly memberId: string;
  /** The workspace revision the change was saved as. */
  readonly revision: number;
}

/** The workspace saved a claim of a post, or a member leaving one, made on the board. */
export class DjPostClaimedEvent extends DjEvent<DjPostClaimedDetail> {
  static override readonly eventName = 'dj-post-claimed';

  get postId(): string {
    return this.detail.postId;
  }
}

declare global {
  interface DjEventMap {
    'dj-post-claimed': DjPostClaimedEvent;
  }
}
