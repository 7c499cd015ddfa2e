import { earliestDate } from '../../engines/development/process-dates.js';
import { developmentRules as rules } from '../../engines/development/rules.js';
import { defineCommand } from '../../kernel/command.js';
import { refuse } from '../../kernel/rule.js';
import { IdSchema, IsoDateSchema } from '../../schema/common.js';
import { StepActorSchema, StepDocumentSchema, type DevelopmentProcess } from '../../schema/development.js';
import { z } from '../../schema/zod.js';
import { assertNotEarly, assertStageAgrees, processSubject } from './guards.js';
import { pipelineStep } from '../../engines/development/pipeline.js';

/**
 * 递交入党申请书: opens a person's development process with its first step. The person is a member
 * record at stage `applicant` (registered like any member); the branch `orgId` develops them. The
 * applicant must be 18 on the day of the application (细则 第五条).
 */
export const openDevelopmentProcess = defineCommand({
  type: 'development.open',
  input: z.object({
    id: IdSchema,
    memberId: IdSchema,
    orgId: IdSchema,
    appliedOn: IsoDateSchema,
    actor: StepActorSchema,
    documents: z.array(StepDocumentSchema).max(20).default([]),
  }),
  subject: (input) => ({ collection: 'members', id: input.memberId }),
  run(tx, input) {
    const member = tx.require('members', input.memberId, 'memberId');
    tx.require('orgs', input.orgId, 'orgId');
    // A person has one process: found from the member index, never a pass over every process.
    const existing = tx.idsWhere('developmentProcesses', ['memberId'], member.id)[0];
    if (existing !== undefined)
      throw refuse(rules.oneProcess, processSubject(existing), 'memberId', { name: member.name, processId: existing });
    assertStageAgrees(input.id, member, 'applicant');
    const facts = { process: { steps: [] }, birthDate: member.birthDate };
    assertNotEarly(input.id, pipelineStep(1).label, input.appliedOn, earliestDate(1, facts), 'appliedOn');
    const process: DevelopmentProcess = {
      id: input.id,
      memberId: member.id,
      orgId: input.orgId,
      steps: [{ step: 1, on: input.appliedOn, actor: input.actor, documents: input.documents }],
      contacts: [],
      introducers: [],
    };
    const opened = tx.insert('developmentProcesses', process);
    tx.emit({
      type: 'development.opened',
      subject: processSubject(process.id),
      data: { memberId: member.id, appliedOn: input.appliedOn },
    });
    return opened;
  },
});
