import type { CollectionName } from './collections.js';

/**
 * Every place in the model that points at an org, as a path into the entity. Dissolving refuses
 * while any is in use; merging re-points all of them. Kept beside the schemas so a new reference
 * is one line here.
 */
export const orgReferences: readonly { readonly collection: CollectionName; readonly path: readonly string[] }[] = [
  { collection: 'orgs', path: ['parentId'] },
  { collection: 'members', path: ['relationOrgId'] },
  { collection: 'members', path: ['managingOrgId'] },
  { collection: 'members', path: ['residence', 'communityOrgId'] },
  { collection: 'members', path: ['employer', 'orgId'] },
  { collection: 'units', path: ['communityOrgId'] },
  { collection: 'units', path: ['orgId'] },
  { collection: 'unitRegistrations', path: ['communityOrgId'] },
  { collection: 'committeeSeats', path: ['orgId'] },
  { collection: 'conferences', path: ['hostOrgId'] },
  { collection: 'agreements', path: ['orgId'] },
  { collection: 'projects', path: ['ownerOrgId'] },
  { collection: 'buildings', path: ['orgId'] },
  { collection: 'posts', path: ['orgId'] },
  { collection: 'registrations', path: ['communityOrgId'] },
  { collection: 'meetings', path: ['orgId'] },
  { collection: 'developmentProcesses', path: ['orgId'] },
  { collection: 'duesMonths', path: ['orgId'] },
  { collection: 'wishes', path: ['communityOrgId'] },
  { collection: 'pledges', path: ['orgId'] },
  { collection: 'serviceProjects', path: ['communityOrgId'] },
  { collection: 'volunteerTeams', path: ['orgId'] },
  { collection: 'gridPlacements', path: ['groupOrgId'] },
  { collection: 'evaluations', path: ['orgId'] },
  { collection: 'evaluationBallots', path: ['raterOrgId'] },
  { collection: 'scoreSchemes', path: ['orgId'] },
  { collection: 'duesPayments', path: ['collectedByOrgId'] },
];
