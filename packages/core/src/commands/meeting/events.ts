/** The meeting area's events and their data (merged into `DangjianDomainEventMap`, kernel/events.ts). */
export interface MeetingEvents {
  'meeting.recorded': { readonly attended: number };
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface DangjianDomainEventMap extends MeetingEvents {}
}
