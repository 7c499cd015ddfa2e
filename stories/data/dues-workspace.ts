import { MemoryStore } from '@dangjian/adapters/memory';
import {
  deferDues,
  openDevelopmentProcess,
  openDuesMonth,
  payDues,
  recordDevelopmentStep,
  registerMember,
  seedTenant,
  setDuesStandard,
  SimulatedClock,
  Workspace,
} from '@dangjian/core';
import { memberOrgs, someMembers } from '../../test/components/support/members.js';
import { happySchedule } from '../../test/fixtures/development-pipeline.js';

/** The dues month and the development process the stories show. */
export const duesMonthId = 'dm-lj-b1-2026-11';
export const developmentProcessId = 'dp-a1';

type Outcome = { ok: true } | { ok: false; error: Error };

async function must(run: Promise<Outcome>): Promise<void> {
  const result = await run;
  if (!result.ok) throw result.error;
}

const actor = { name: '王秀英' };

/**
 * 龙锦第一党支部, everything built by core's commands: its November 2026 dues month (王秀英 paid,
 * 李建国 owing, 赵文 deferred) and 陈思远's development process, an activist at step 6. Fresh per
 * call, so a story that pays or records a step does not leak into the next.
 */
export async function openDuesWorkspace(): Promise<Workspace> {
  const store = new MemoryStore();
  const at = '2026-11-23T09:00:00+08:00';
  await seedTenant(store, '320402', { orgs: memberOrgs, members: someMembers }, { actorId: 'demo-seed', at });
  const workspace = await Workspace.open({
    store,
    tenant: '320402',
    clock: new SimulatedClock(at),
    actor: { id: 'branch-secretary', name: '支部书记' },
  });
  const person = (id: string, name: string, birthDate: string, stage: 'full' | 'applicant') =>
    must(workspace.run(registerMember, { id, name, gender: 'female', birthDate, stage, relationOrgId: 'lj-b1' }));
  await person('m9', '赵文', '2003-04-05', 'full');
  await person('a1', '陈思远', '1998-06-15', 'applicant');
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
  const processId = developmentProcessId;
  await must(
    workspace.run(openDevelopmentProcess, {
      id: processId,
      memberId: 'a1',
      orgId: 'lj-b1',
      appliedOn: happySchedule[0]!.on,
      actor,
    }),
  );
  for (const { step, on } of happySchedule.slice(1, 6))
    await must(
      workspace.run(recordDevelopmentStep, {
        processId,
        step,
        on,
        actor,
        ...(step === 5 && { contacts: ['m1', 'm2'] }),
      }),
    );
  return workspace;
}
