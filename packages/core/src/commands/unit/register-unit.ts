import { createEntityCommand } from '../create-entity.js';

/** Records a unit in the jurisdiction (驻区单位 / 两新组织), with how it is covered if known. */
export const registerUnit = createEntityCommand({
  type: 'unit.register',
  collection: 'units',
  references: { communityOrgId: 'orgs', orgId: 'orgs' },
  event: 'unit.registered',
});
