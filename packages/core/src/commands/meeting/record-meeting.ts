import { quorumOf, votingMembers } from '../../engines/quorum/quorum.js';
import { quorumRules } from '../../engines/quorum/rules.js';
import { defineCommand } from '../../kernel/command.js';
import { refuse } from '../../kernel/rule.js';
import type { Transaction } from '../../kernel/transaction.js';
import { MeetingRecordSchema, type Meeting } from '../../schema/meeting.js';

/**
 * Records a meeting of organisational life and who took part, on site, by home delivery
 * (上门送学, for members away or bedridden) or online, late or not. Every mode counts as
 * attending, so each attendee's `lastOrgLifeOn` moves forward — what the self-lapse warning reads.
 * Votes and decisions need the quorum (an inquorate assembly decides nothing), and no vote counts
 * more ballots than voting members present. A record starts outside the review chain.
 */
export const recordMeeting = defineCommand({
  type: 'meeting.record',
  input: MeetingRecordSchema,
  subject: (input) => ({ collection: 'orgs', id: input.orgId }),
  run(tx, meeting) {
    const org = tx.require('orgs', meeting.orgId, 'orgId');
    meeting.attendance.forEach(({ memberId }, index) =>
      tx.require('members', memberId, `attendance.${index}.memberId`),
    );
    meeting.absences.forEach(({ memberId }, index) => tx.require('members', memberId, `absences.${index}.memberId`));
    if (meeting.lecturer?.memberId) tx.require('members', meeting.lecturer.memberId, 'lecturer.memberId');
    assertDecidable(tx, meeting, org.name);
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

/** Refuses votes or decisions without the quorum, and a vote with more ballots than voters present. */
function assertDecidable(tx: Transaction, meeting: Meeting, name: string): void {
  if (meeting.votes.length === 0 && meeting.decisions.length === 0) return;
  const subject = { collection: 'meetings', id: meeting.id };
  const quorum = quorumOf(meeting, tx.snapshot);
  if (quorum && !quorum.met) {
    const { present, base, required } = quorum;
    throw refuse(quorum.rule, subject, 'attendance', { name, present, base, required });
  }
  const voters = new Set(votingMembers(tx.snapshot, meeting.orgId).map((member) => member.id));
  const present = meeting.attendance.filter((attendee) => voters.has(attendee.memberId)).length;
  meeting.votes.forEach((vote, index) => {
    const cast = vote.yes + vote.no + vote.abstain;
    if (cast > present) {
      throw refuse(quorumRules.ballotsWithinPresent, subject, `votes.${index}`, { motion: vote.motion, cast, present });
    }
  });
}
