import type { CollectionName } from './collections.js';

/**
 * Every field in the model that points at an org. Dissolving refuses while any is in use;
 * merging re-points all of them. Kept beside the schemas so a new reference is one line here.
 */
export const orgReferences: readonly { readonly collection: CollectionName; readonly field: string }[] = [
  { collection: 'orgs', field: 'parentId' },
  { collection: 'members', field: 'relationOrgId' },
  { collection: 'members', field: 'managingOrgId' },
  { collection: 'units', field: 'communityOrgId' },
  { collection: 'units', field: 'orgId' },
  { collection: 'unitRegistrations', field: 'communityOrgId' },
  { collection: 'committeeSeats', field: 'orgId' },
  { collection: 'conferences', field: 'hostOrgId' },
  { collection: 'agreements', field: 'orgId' },
  { collection: 'projects', field: 'ownerOrgId' },
  { collection: 'buildings', field: 'orgId' },
  { collection: 'posts', field: 'orgId' },
  { collection: 'registrations', field: 'communityOrgId' },
  { collection: 'meetings', field: 'orgId' },
];
