import { defineCommand } from '../../kernel/command.js';
import { refuse } from '../../kernel/rule.js';
import { FeedbackReportSchema } from '../../schema/registration.js';
import { memberRules } from './rules.js';

/** 双向反馈: the community reports a registered member's service for a period to the employer org. */
export const sendFeedbackReport = defineCommand({
  type: 'member.sendFeedbackReport',
  input: FeedbackReportSchema,
  subject: (input) => ({ collection: 'members', id: input.memberId }),
  run(tx, input) {
    const registration = tx.require('registrations', input.registrationId, 'registrationId');
    tx.require('members', input.memberId, 'memberId');
    if (registration.memberId !== input.memberId) {
      const subject = { collection: 'registrations', id: input.registrationId };
      throw refuse(memberRules.ownRegistration, subject, 'memberId', { registrationId: input.registrationId });
    }
    const report = tx.insert('feedbackReports', input);
    tx.emit({ type: 'member.feedbackReportSent', subject: { collection: 'feedbackReports', id: input.id } });
    return report;
  },
});
