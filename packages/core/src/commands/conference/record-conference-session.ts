import { createEntityCommand } from '../create-entity.js';

/** Records a held session of a joint conference and who chaired it. */
export const recordConferenceSession = createEntityCommand({
  type: 'conference.recordSession',
  collection: 'conferenceSessions',
  references: { conferenceId: 'conferences', chairUnitId: 'units' },
  event: 'conference.sessionRecorded',
});
