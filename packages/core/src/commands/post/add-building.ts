import { createEntityCommand } from '../create-entity.js';

/** A building under a building group or branch, with its 楼栋联络员. */
export const addBuilding = createEntityCommand({
  type: 'building.add',
  collection: 'buildings',
  references: { orgId: 'orgs', liaisonMemberId: 'members' },
  event: 'building.added',
});
