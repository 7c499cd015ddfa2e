/** The 双报到 service area's events and their data (merged into `DangjianDomainEventMap`, kernel/events.ts). */
export interface ServiceEvents {
  'service.offered': { readonly communityOrgId: string; readonly capacity: number };
  'service.joined': { readonly claimId: string };
  'service.left': { readonly claimId: string };
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface DangjianDomainEventMap extends ServiceEvents {}
}
