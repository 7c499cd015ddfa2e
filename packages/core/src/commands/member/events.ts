import type { PersonalField } from '../../schema/disclosure.js';

/** The member area's events and their data (merged into `DangjianDomainEventMap`, kernel/events.ts). */
export interface MemberEvents {
  'member.registered': undefined;
  'member.updated': undefined;
  'member.archived': undefined;
  'member.retired': undefined;
  'member.transferred': undefined;
  'member.managingOrgChanged': undefined;
  'member.contactRecorded': undefined;
  'member.outflowMarked': undefined;
  'member.returned': undefined;
  'member.lostContactMarked': undefined;
  'member.found': undefined;
  'member.registeredInCommunity': undefined;
  'member.feedbackReportSent': undefined;
  /** A masked personal field was shown in full: which one (never the value). */
  'member.disclosed': { readonly field: PersonalField };
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface DangjianDomainEventMap extends MemberEvents {}
}
