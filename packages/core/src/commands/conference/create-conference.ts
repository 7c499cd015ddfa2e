import { createEntityCommand } from '../create-entity.js';

/** Sets up a joint conference (联席会议) with its member units, cadence and chair rotation. */
export const createConference = createEntityCommand({
  type: 'conference.create',
  collection: 'conferences',
  references: { hostOrgId: 'orgs', memberUnitIds: 'units', chairRotation: 'units' },
  event: 'conference.created',
});
