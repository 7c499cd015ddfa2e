/** The volunteer area's events and their data (merged into `DangjianDomainEventMap`, kernel/events.ts). */
export interface VolunteerEvents {
  'volunteer.teamFormed': { readonly orgId: string; readonly people: number };
  /** Someone joined a team's roster: how many people it has now. */
  'volunteer.enrolled': { readonly people: number };
  /** Confirmed service time: what a points scheme turns into points (whole minutes, an Asia/Shanghai day). */
  'volunteer.hoursRecorded': {
    readonly memberId?: string;
    readonly teamId?: string;
    readonly projectId?: string;
    readonly minutes: number;
    readonly on: string;
  };
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface DangjianDomainEventMap extends VolunteerEvents {}
}
