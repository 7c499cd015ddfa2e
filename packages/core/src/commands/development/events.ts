import type { Stage } from '../../schema/member.js';

/** The development area's events and their data (merged into `DangjianDomainEventMap`, kernel/events.ts). */
export interface DevelopmentEvents {
  'development.opened': { readonly memberId: string; readonly appliedOn: string };
  'development.stepRecorded': {
    readonly step: number;
    readonly on: string;
    readonly stage: Stage;
    readonly label: string;
  };
  'development.probationExtended': { readonly months: number; readonly decidedOn: string; readonly endsOn: string };
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface DangjianDomainEventMap extends DevelopmentEvents {}
}
