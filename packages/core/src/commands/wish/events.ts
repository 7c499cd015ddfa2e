import type { WishState } from '../../schema/wish.js';

/** The wish area's events and their data (merged into `DangjianDomainEventMap`, kernel/events.ts). */
export interface WishEvents {
  'wish.posted': { readonly communityOrgId: string };
  /** Every later step of the lifecycle, with the state it left the wish in. */
  'wish.stepped': { readonly step: string; readonly state: WishState };
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface DangjianDomainEventMap extends WishEvents {}
}
