/** The conference area's events (merged into `DangjianDomainEventMap`, kernel/events.ts). */
export interface ConferenceEvents {
  'conference.created': undefined;
  'conference.sessionRecorded': undefined;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface DangjianDomainEventMap extends ConferenceEvents {}
}
