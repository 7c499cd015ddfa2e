/** The org area's events and their data (merged into `DangjianDomainEventMap`, kernel/events.ts). */
export interface OrgEvents {
  'org.created': { readonly parentId: string | null };
  'org.renamed': { readonly from: string; readonly to: string };
  'org.moved': { readonly from: string | null; readonly to: string | null };
  'org.merged': { readonly into: string };
  'org.dissolved': { readonly name: string };
  'org.courtyardSplit': { readonly from: string; readonly members: number };
  'org.transitionalGroupsSetUp': { readonly groups: number };
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface DangjianDomainEventMap extends OrgEvents {}
}
