import type { LocalizedText } from '../../i18n/locale.js';
import { RuleViolationError } from '../../kernel/errors.js';
import { refusal, refuse } from '../../kernel/rule.js';
import type { Transaction } from '../../kernel/transaction.js';
import { pipelineStep } from '../../engines/development/pipeline.js';
import { earliestDate, lastStep, recordedOn, type StepFacts } from '../../engines/development/process-dates.js';
import { developmentRules as rules } from '../../engines/development/rules.js';
import type { DevelopmentProcess } from '../../schema/development.js';
import type { Member, Stage } from '../../schema/member.js';

export const processSubject = (id: string) => ({ collection: 'developmentProcesses', id });

/** The member record must be where the process says the person is: the two never drift apart silently. */
export function assertStageAgrees(processId: string, member: Member, expected: Stage): void {
  if (member.stage !== expected)
    throw refuse(rules.stageMatches, processSubject(processId), 'stage', {
      name: member.name,
      stage: member.stage,
      expected,
    });
}

/** Steps come one after another (step 6 may repeat while the person is an activist), dated in order. */
export function assertInOrder(process: DevelopmentProcess, n: number, on: string): void {
  const subject = processSubject(process.id);
  const step = pipelineStep(n);
  const done = recordedOn(process, n);
  if (done && (!step.repeatable || lastStep(process) > n))
    throw refuse(rules.stepOnce, subject, 'step', { step: step.label, on: done });
  if (n > 1 && !recordedOn(process, n - 1))
    throw refuse(rules.stepOrder, subject, 'step', { step: step.label, previous: pipelineStep(n - 1).label });
  const latest = process.steps.reduce((a, b) => (b.on > a.on ? b : a));
  if (on < latest.on)
    throw refuse(rules.datesInOrder, subject, 'on', {
      step: step.label,
      on,
      previous: pipelineStep(latest.step).label,
      previousOn: latest.on,
    });
}

/** A step before the earliest date its intervals allow is refused, naming the date and the article. */
export function assertNotEarly(
  processId: string,
  what: LocalizedText,
  on: string,
  bound: ReturnType<typeof earliestDate>,
  field = 'on',
): void {
  if (!bound || on >= bound.date) return;
  // Every earliest-date rule speaks through stepTooEarly (rules.ts), so one rule's type stands for all.
  const { rule } = bound.interval;
  const params = { step: what, earliest: bound.date, on, article: rule.article ?? '' };
  // The earliest date also as data, so a form can offer it without reading the text.
  throw new RuleViolationError({
    ...refusal(rule as typeof rules.minimumAge, processSubject(processId), field, params),
    details: { earliest: bound.date, on },
  });
}

export function assertStepNotEarly(process: DevelopmentProcess, n: number, on: string, facts: StepFacts): void {
  assertNotEarly(process.id, pipelineStep(n).label, on, earliestDate(n, facts));
}

/** Members on the tenant's roll who are full members in good standing, and not the person themself. */
export function fullMembersAmong(tx: Transaction, ids: readonly string[], personId: string): number {
  return ids.filter((id) => {
    const member = tx.get('members', id);
    return (
      member !== undefined && id !== personId && member.stage === 'full' && (member.status ?? 'active') === 'active'
    );
  }).length;
}
