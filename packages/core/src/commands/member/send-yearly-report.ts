import { memberServiceYear, yearlyReportDeadline } from '../../engines/service/yearly-service-report.js';
import { defineCommand } from '../../kernel/command.js';
import { IdSchema, IsoDateSchema, TextSchema } from '../../schema/common.js';
import { z } from '../../schema/zod.js';

/**
 * 双报告: the community sends a registered member's year to the employer org, its figures computed
 * from the records (the yearly service report), never typed in: minutes, and activities as days of
 * service plus wishes fulfilled.
 */
export const sendYearlyReport = defineCommand({
  type: 'member.sendYearlyReport',
  input: z.object({
    id: IdSchema,
    registrationId: IdSchema,
    year: z.number().int().min(2000).max(2100),
    sentOn: IsoDateSchema,
    assessment: TextSchema.max(500).optional(),
  }),
  subject: (input) => ({ collection: 'registrations', id: input.registrationId }),
  run(tx, input) {
    const registration = tx.require('registrations', input.registrationId, 'registrationId');
    const year = memberServiceYear(tx.snapshot, registration, input.year, yearlyReportDeadline(input.year));
    const report = tx.insert('feedbackReports', {
      id: input.id,
      registrationId: registration.id,
      memberId: registration.memberId,
      period: `${input.year}`,
      serviceMinutes: year.minutes,
      activities: year.activities,
      sentOn: input.sentOn,
      ...(input.assessment !== undefined && { assessment: input.assessment }),
    });
    tx.emit({ type: 'member.feedbackReportSent', subject: { collection: 'feedbackReports', id: report.id } });
    return report;
  },
});
