import type { PledgeOutcome } from '../../schema/pledge.js';

/** The pledge area's events (merged into `DangjianDomainEventMap`, kernel/events.ts). Days are Asia/Shanghai. */
export interface PledgeEvents {
  'pledge.made': { readonly pledgeId: string; readonly memberId: string; readonly dueOn: string };
  'pledge.fulfilmentReported': { readonly pledgeId: string; readonly memberId: string; readonly reportedOn: string };
  /** The branch's assessment: what points schemes read (a kept pledge earns its points). */
  'pledge.assessed': {
    readonly pledgeId: string;
    readonly memberId: string;
    readonly outcome: PledgeOutcome;
    readonly assessedOn: string;
  };
  'pledge.withdrawn': { readonly pledgeId: string; readonly memberId: string; readonly withdrawnOn: string };
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface DangjianDomainEventMap extends PledgeEvents {}
}
