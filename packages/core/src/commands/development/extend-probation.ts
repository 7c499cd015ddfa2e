import { earliestDate, lastStep, probationEndsOn } from '../../engines/development/process-dates.js';
import { developmentRules as rules } from '../../engines/development/rules.js';
import { defineCommand } from '../../kernel/command.js';
import { refuse } from '../../kernel/rule.js';
import { ruleTables } from '../../rules/rule-tables.js';
import { IdSchema } from '../../schema/common.js';
import { ProbationExtensionSchema } from '../../schema/development.js';
import { assertNotEarly, processSubject } from './guards.js';

const extension = ruleTables.development.timeLimits.probationExtension;
const monthsOf = (length: { value: number; unit: string }) => length.value * (length.unit === 'years' ? 12 : 1);
const [minMonths, maxMonths] = [monthsOf(extension.minimum), monthsOf(extension.maximum)];

const extendWhat = { 'zh-CN': '延长预备期', en: 'Extend probation' };

/**
 * 延长预备期: decided by the branch assembly when probation ends (细则 第三十一条), once only, for
 * half a year to a year. Conversion (step 22) then waits for the extended end.
 */
export const extendProbation = defineCommand({
  type: 'development.extendProbation',
  input: ProbationExtensionSchema.extend({ processId: IdSchema }),
  subject: (input) => processSubject(input.processId),
  run(tx, input) {
    const process = tx.require('developmentProcesses', input.processId, 'processId');
    const subject = processSubject(process.id);
    const last = lastStep(process);
    if (last < 17 || last >= 22) throw refuse(rules.extensionStage, subject, 'processId');
    if (process.probationExtension || input.months < minMonths || input.months > maxMonths)
      throw refuse(rules.extension, subject, 'months', {
        times: extension.times,
        min: minMonths,
        max: maxMonths,
        months: input.months,
        article: rules.extension.article ?? '',
      });
    // Decided when probation ends, not before: the same date conversion waits for.
    assertNotEarly(process.id, extendWhat, input.decidedOn, earliestDate(22, { process }), 'decidedOn');
    const next = tx.update('developmentProcesses', process.id, (draft) => {
      draft.probationExtension = { decidedOn: input.decidedOn, months: input.months };
    });
    tx.emit({
      type: 'development.probationExtended',
      subject,
      data: { months: input.months, decidedOn: input.decidedOn, endsOn: probationEndsOn(next)! },
    });
    return next;
  },
});
