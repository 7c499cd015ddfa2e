import {
  deferDues,
  openDevelopmentProcess,
  openDuesMonth,
  payDues,
  recordDevelopmentStep,
  registerMember,
  setDuesStandard,
  type Workspace,
} from '@dangjian/core';
import { happySchedule } from '../../fixtures/development-pipeline.js';

// Built by core's commands on the small community (support/members.ts), as a branch would.

export const duesMonthId = 'dm-lj-b1-2026-11';
export const developmentProcessId = 'dp-a1';
export const stepActor = { name: '王秀英' };

type Outcome = { ok: true } | { ok: false; error: Error };

async function must(run: Promise<Outcome>): Promise<void> {
  const result = await run;
  if (!result.ok) throw result.error;
}

/**
 * 龙锦第一党支部's November 2026 dues month: 王秀英 (employed, 3000.01 元: 30.00 元) paid in cash,
 * 李建国 (retired, 3000.00 元: 15.00 元) owing, 赵文 (student, 0.20 元) deferred.
 */
export async function buildNovemberMonth(workspace: Workspace): Promise<void> {
  await must(
    workspace.run(registerMember, {
      id: 'm9',
      name: '赵文',
      gender: 'female',
      birthDate: '2003-04-05',
      stage: 'full',
      relationOrgId: 'lj-b1',
    }),
  );
  const standards = [
    ['m1', { category: 'employed', baseFen: 300_001 }],
    ['m2', { category: 'retired', baseFen: 300_000 }],
    ['m9', { category: 'student' }],
  ] as const;
  for (const [memberId, standard] of standards)
    await must(
      workspace.run(setDuesStandard, {
        id: `std-${memberId}`,
        memberId,
        ...standard,
        from: '2026-01',
        setOn: '2026-01-05',
      }),
    );
  const monthId = duesMonthId;
  await must(workspace.run(openDuesMonth, { id: monthId, orgId: 'lj-b1', period: '2026-11', openedOn: '2026-11-01' }));
  await must(
    workspace.run(payDues, {
      id: 'pay-m1',
      monthId,
      memberId: 'm1',
      amountFen: 3000,
      paidOn: '2026-11-05',
      payer: { kind: 'self' },
      method: { kind: 'cash' },
    }),
  );
  await must(workspace.run(deferDues, { monthId, memberId: 'm9', reason: '在外地实习', agreedOn: '2026-11-06' }));
}

/** 陈思远 applies to 龙锦第一党支部 and is an activist assessed once: steps 1–6 of the happy schedule. */
export async function buildActivistAtStep6(workspace: Workspace): Promise<void> {
  await must(
    workspace.run(registerMember, {
      id: 'a1',
      name: '陈思远',
      gender: 'male',
      birthDate: '1998-06-15',
      stage: 'applicant',
      relationOrgId: 'lj-b1',
    }),
  );
  const processId = developmentProcessId;
  await must(
    workspace.run(openDevelopmentProcess, {
      id: processId,
      memberId: 'a1',
      orgId: 'lj-b1',
      appliedOn: happySchedule[0]!.on,
      actor: stepActor,
    }),
  );
  for (const { step, on } of happySchedule.slice(1, 6))
    await must(
      workspace.run(recordDevelopmentStep, {
        processId,
        step,
        on,
        actor: stepActor,
        ...(step === 5 && { contacts: ['m1', 'm2'] }),
      }),
    );
}
