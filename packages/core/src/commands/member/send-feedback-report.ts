import { defineCommand } from '../../kernel/command.js';
import { RuleViolationError } from '../../kernel/errors.js';
import { FeedbackReportSchema } from '../../schema/registration.js';

/** 双向反馈: the community reports a registered member's service for a period to the employer org. */
export const sendFeedbackReport = defineCommand({
  type: 'member.sendFeedbackReport',
  input: FeedbackReportSchema,
  subject: (input) => ({ collection: 'members', id: input.memberId }),
  run(tx, input) {
    const registration = tx.require('registrations', input.registrationId, 'registrationId');
    tx.require('members', input.memberId, 'memberId');
    if (registration.memberId !== input.memberId) {
      throw new RuleViolationError({
        code: 'registration.otherMember',
        params: { registrationId: input.registrationId },
        rule: { id: 'feedback.ownRegistration' },
        subject: { collection: 'registrations', id: input.registrationId },
        field: 'memberId',
      });
    }
    const report = tx.insert('feedbackReports', input);
    tx.emit({ type: 'member.feedbackReportSent', subject: { collection: 'feedbackReports', id: input.id } });
    return report;
  },
});
