import { createEntityCommand } from '../create-entity.js';

/** 双报到 (unit side): a unit's org reports to the community. */
export const registerUnitOrg = createEntityCommand({
  type: 'unit.reportToCommunity',
  collection: 'unitRegistrations',
  references: { unitId: 'units', communityOrgId: 'orgs' },
  event: 'unit.reportedToCommunity',
});
