import { defineCommand } from '../../kernel/command.js';
import { MeetingSchema } from '../../schema/meeting.js';

/**
 * Records a meeting of organisational life and who took part, on site, by home delivery
 * (上门送学, for members away or bedridden) or online. Every mode counts as attending, so each
 * attendee's `lastOrgLifeOn` moves forward — what the self-lapse warning reads.
 */
export const recordMeeting = defineCommand({
  type: 'meeting.record',
  input: MeetingSchema,
  subject: (input) => ({ collection: 'orgs', id: input.orgId }),
  run(tx, meeting) {
    tx.require('orgs', meeting.orgId, 'orgId');
    meeting.attendance.forEach(({ memberId }, index) =>
      tx.require('members', memberId, `attendance.${index}.memberId`),
    );
    meeting.absences.forEach(({ memberId }, index) => tx.require('members', memberId, `absences.${index}.memberId`));
    const recorded = tx.insert('meetings', meeting);
    for (const { memberId } of meeting.attendance) {
      tx.update('members', memberId, (draft) => {
        if (!draft.lastOrgLifeOn || draft.lastOrgLifeOn < meeting.heldOn) draft.lastOrgLifeOn = meeting.heldOn;
      });
    }
    tx.emit({
      type: 'meeting.recorded',
      subject: { collection: 'meetings', id: meeting.id },
      data: { attended: meeting.attendance.length },
    });
    return recorded;
  },
});
