/** The points area's events and their data (merged into `DangjianDomainEventMap`, kernel/events.ts). */
export interface PointsEvents {
  'points.awarded': { readonly memberId: string; readonly itemId: string; readonly points: number };
  'points.revoked': { readonly memberId: string; readonly itemId: string; readonly points: number };
  'points.schemeSet': { readonly schemeId: string; readonly version: string; readonly validFrom: string };
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface DangjianDomainEventMap extends PointsEvents {}
}
