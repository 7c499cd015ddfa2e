/** The meeting area's events and their data (merged into `DangjianDomainEventMap`, kernel/events.ts). */
export interface MeetingEvents {
  'meeting.recorded': { readonly attended: number };
  /** The branch sent the record up the review chain. */
  'meeting.submitted': { readonly by: string };
  'meeting.approved': { readonly by: string };
  'meeting.returned': { readonly by: string; readonly reason: string };
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface DangjianDomainEventMap extends MeetingEvents {}
}
