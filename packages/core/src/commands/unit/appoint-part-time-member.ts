import { createEntityCommand } from '../create-entity.js';

/** 兼职委员: a unit org's leader joins a community committee part-time. */
export const appointPartTimeMember = createEntityCommand({
  type: 'committee.appointPartTimeMember',
  collection: 'committeeSeats',
  references: { orgId: 'orgs', unitId: 'units' },
  event: 'committee.partTimeMemberAppointed',
});
