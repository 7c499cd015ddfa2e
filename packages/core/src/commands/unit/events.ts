import type { Formation } from '../../schema/unit.js';

/** The unit area's events and their data (merged into `DangjianDomainEventMap`, kernel/events.ts). */
export interface UnitEvents {
  'unit.registered': undefined;
  'unit.reportedToCommunity': undefined;
  'unit.coverageSet': { readonly formation: Formation };
  'committee.partTimeMemberAppointed': undefined;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface DangjianDomainEventMap extends UnitEvents {}
}
