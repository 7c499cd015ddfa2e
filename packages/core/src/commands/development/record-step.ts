import type { Draft } from 'immer';
import { developmentMessages } from '../../engines/development/messages.js';
import { pipelineStep } from '../../engines/development/pipeline.js';
import { probationEndsOn, recordedOn, stageOfProcess } from '../../engines/development/process-dates.js';
import { developmentRules as rules } from '../../engines/development/rules.js';
import { defineCommand } from '../../kernel/command.js';
import { refuse } from '../../kernel/rule.js';
import type { Transaction } from '../../kernel/transaction.js';
import { ruleTables } from '../../rules/rule-tables.js';
import { IdSchema } from '../../schema/common.js';
import {
  DevelopmentStepSchema,
  developmentStepCount,
  type DevelopmentProcess,
  type DevelopmentStep,
} from '../../schema/development.js';
import type { Member } from '../../schema/member.js';
import { schemaIssue } from '../../schema/schema-issue.js';
import { z } from '../../schema/zod.js';
import { assertInOrder, assertStageAgrees, assertStepNotEarly, fullMembersAmong, processSubject } from './guards.js';

const people = ruleTables.development.people;
const training = ruleTables.development.timeLimits.candidateShortTraining;
const [trainingDays, trainingHours] = [
  training.minimumAny.find((length) => length.unit === 'days')!.value,
  training.minimumAny.find((length) => length.unit === 'classHours')!.value,
];

/** Which step needs which extra fact, and what is said when it is missing. */
const needs = [
  { step: 5, field: 'contacts', message: developmentMessages.contactsMissing },
  { step: 7, field: 'notice', message: developmentMessages.noticeMissing },
  { step: 9, field: 'introducers', message: developmentMessages.introducersMissing },
  { step: 11, field: 'training', message: developmentMessages.trainingMissing },
] as const;

const input = DevelopmentStepSchema.extend({
  processId: IdSchema,
  // Step 1 is the application, which opens the process (development.open).
  step: z.number().int().min(2).max(developmentStepCount),
  contacts: z.array(IdSchema).min(1).max(people.trainingContacts.max).optional(),
  introducers: z.array(IdSchema).min(1).max(people.introducers.count).optional(),
}).superRefine((value, context) => {
  for (const need of needs)
    if (value.step === need.step && value[need.field] === undefined)
      context.addIssue({ code: 'custom', path: [need.field], ...schemaIssue(need.message) });
});

function checkPeople(tx: Transaction, process: DevelopmentProcess, step: z.output<typeof input>): void {
  const subject = processSubject(process.id);
  const { contacts, introducers } = step;
  if (step.step === 5 && contacts) {
    const { min, max } = people.trainingContacts;
    const valid = fullMembersAmong(tx, [...new Set(contacts)], process.memberId);
    if (valid !== contacts.length || valid < min || valid > max)
      throw refuse(rules.contacts, subject, 'contacts', {
        min,
        max,
        count: contacts.length,
        invalid: contacts.length - valid,
      });
  }
  if (step.step === 9 && introducers) {
    const required = people.introducers.count;
    const valid = fullMembersAmong(tx, [...new Set(introducers)], process.memberId);
    if (valid !== required || introducers.length !== required)
      throw refuse(rules.introducers, subject, 'introducers', {
        required,
        count: introducers.length,
        invalid: introducers.length - valid,
      });
  }
  if (step.step === 11 && step.training) {
    const { days = 0, classHours = 0 } = step.training;
    if (days < trainingDays && classHours < trainingHours)
      throw refuse(rules.candidateTraining, subject, 'training', {
        days: trainingDays,
        classHours: trainingHours,
        article: rules.candidateTraining.article ?? '',
      });
  }
}

/** The member record follows the process: its stage, and the dates admission and conversion fix. */
function followOnMember(draft: Draft<Member>, process: DevelopmentProcess, n: number): void {
  draft.stage = stageOfProcess(process);
  // 党籍 from the branch assembly's acceptance (党员教育管理工作条例 第二十四条).
  if (n === 17) draft.joinedOn = recordedOn(process, 15)!;
  // 党龄 from the day probation ends (细则 第三十三条).
  if (n === 24) draft.fullMemberOn = probationEndsOn(process)!;
}

/**
 * Records one step of a development process: in order, not before the earliest date its intervals
 * allow (a year as activist, five working days of public notice, a year of probation), with the
 * people and figures the step needs. The member record's stage moves with the process.
 */
export const recordDevelopmentStep = defineCommand({
  type: 'development.recordStep',
  input,
  subject: (step) => processSubject(step.processId),
  run(tx, step) {
    const process = tx.require('developmentProcesses', step.processId, 'processId');
    const member = tx.require('members', process.memberId, 'processId');
    assertStageAgrees(process.id, member, stageOfProcess(process));
    assertInOrder(process, step.step, step.on);
    assertStepNotEarly(process, step.step, step.on, {
      process,
      birthDate: member.birthDate,
      ...(step.notice && { noticeFrom: step.notice.from }),
    });
    checkPeople(tx, process, step);
    const recorded: DevelopmentStep = {
      step: step.step,
      on: step.on,
      actor: step.actor,
      documents: step.documents,
      ...(step.notice && { notice: step.notice }),
      ...(step.training && { training: step.training }),
    };
    const next = tx.update('developmentProcesses', process.id, (draft) => {
      draft.steps.push(recorded);
      if (step.step === 5 && step.contacts) draft.contacts = [...new Set(step.contacts)];
      if (step.step === 9 && step.introducers) draft.introducers = [...step.introducers];
    });
    tx.update('members', member.id, (draft) => followOnMember(draft, next, step.step));
    tx.emit({
      type: 'development.stepRecorded',
      subject: processSubject(process.id),
      data: {
        step: step.step,
        on: step.on,
        stage: stageOfProcess(next),
        label: pipelineStep(step.step).label['zh-CN'],
      },
    });
    return next;
  },
});
