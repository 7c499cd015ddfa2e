/** The grid area's events and their data (merged into `DangjianDomainEventMap`, kernel/events.ts). */
export interface GridEvents {
  /** A member placed in (or moved to) a grid group near home. */
  'grid.placed': { readonly memberId: string; readonly groupOrgId: string };
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface DangjianDomainEventMap extends GridEvents {}
}
