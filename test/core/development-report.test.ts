import {
  developmentReport,
  execute,
  snapshotFromRecords,
  stepIntervals,
  type DevelopmentProcess,
  type Member,
  type Snapshot,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicant, happySchedule, openProcess, secretary, stepsUpTo } from '../fixtures/development-pipeline.js';
import { scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';
import { deadlineTable, earliestTable, plusDays, plusMonths } from './development-oracle.js';

const ctx = { actor: { id: 'tester', roles: [] }, now: '2026-11-23T02:00:00.000Z' };

function run(snapshot: Snapshot, requests: readonly { type: string; input: unknown }[]): Snapshot {
  for (const { type, input } of requests) {
    const result = execute(snapshot, type, input, ctx);
    if (!result.ok) throw result.error;
    snapshot = result.value.snapshot;
  }
  return snapshot;
}

const street = (): Snapshot => snapshotFromRecords(scopedTenant, 1, scopedRecords);
const upTo = (last: number): Snapshot =>
  run(street(), [applicant('p1', '陈思远'), openProcess('dp', 'p1'), ...stepsUpTo('dp', last)]);

function recordsWith(stage: Member['stage'], steps: readonly { step: number; on: string }[]): Snapshot {
  const person: Member = {
    id: 'p1',
    name: '陈思远',
    gender: 'female',
    birthDate: '1990-01-01',
    stage,
    relationOrgId: 'b1',
    managingOrgId: 'b1',
  };
  const process: DevelopmentProcess = {
    id: 'dp',
    memberId: 'p1',
    orgId: 'b1',
    steps: steps.map((s) => ({ ...s, actor: secretary, documents: [] })),
    contacts: [],
    introducers: [],
  };
  return snapshotFromRecords(scopedTenant, 1, {
    ...scopedRecords,
    members: [...scopedRecords.members, person],
    developmentProcesses: [process],
  });
}

const deadline = (rule: string) => deadlineTable.find((entry) => entry.rule === rule)!;

describe('developmentReport: the next due step, its earliest date, and overdue steps', () => {
  it('tells the next step with its earliest date and the rule that sets it', () => {
    const activist = developmentReport(upTo(6), '2025-01-10').data.processes[0]!;
    expect(activist).toMatchObject({ processId: 'dp', memberId: 'p1', stage: 'activist', lastStep: 6 });
    expect(activist.next).toMatchObject({
      step: 7,
      stage: 'candidate',
      earliest: '2025-06-03',
      earliestRule: { id: 'development.activistTraining', article: '第十三条', confirmed: true },
    });
    expect(activist.next!.label).toEqual({ 'zh-CN': '确定发展对象', en: 'List as development candidate' });
    const probationary = developmentReport(upTo(21), '2026-05-01').data.processes[0]!;
    expect(probationary.probationEndsOn).toBe('2026-08-05');
    expect(probationary.next).toMatchObject({
      step: 22,
      earliest: '2026-08-05',
      earliestRule: { id: 'development.probation' },
    });
    // A step without an interval may follow the last one the same day.
    expect(developmentReport(upTo(8), '2025-06-21').data.processes[0]!.next).toEqual(
      expect.objectContaining({ step: 9, earliest: '2025-06-20' }),
    );
    expect(developmentReport(upTo(25), '2026-11-30').data.processes[0]!.next).toBeUndefined();
  });

  it('finds a talk not held within a month of the application, from the day after its due date', () => {
    const applied = run(street(), [applicant('p1', '陈思远'), openProcess('dp', 'p1', '2026-08-31')]);
    const onTime = developmentReport(applied, '2026-09-30');
    expect(onTime.findings).toEqual([]);
    expect(onTime.data.processes[0]!.next).toMatchObject({ step: 2, dueBy: '2026-09-30' });
    const [overdue] = developmentReport(applied, '2026-10-01T00:30:00+08:00').findings;
    expect(overdue).toMatchObject({
      code: 'development.stepOverdue',
      severity: 'warning',
      rule: { id: 'development.applicationTalk', version: '2026', article: '第七条', confirmed: true },
      subject: { collection: 'developmentProcesses', id: 'dp' },
      facts: { step: 2, due: '2026-09-30', asOf: '2026-10-01' },
    });
    expect(overdue!.text['zh-CN']).toBe(
      '“陈思远”的“党组织派人谈话”应于 2026-09-30 前完成（第七条），截至 2026-10-01 尚未记录',
    );
  });

  it('finds an activist not assessed for half a year, even after the first assessment', () => {
    const findings = developmentReport(upTo(6), '2025-06-03').findings;
    expect(findings.map((f) => [f.rule.id, f.facts['due']])).toEqual([
      ['development.activistAssessment', '2025-06-02'],
    ]);
    expect(developmentReport(upTo(6), '2025-06-02').findings).toEqual([]);
    // Listed as candidate: the half-yearly assessment no longer runs.
    expect(developmentReport(upTo(7), '2025-12-31').findings).toEqual([]);
  });

  it('finds a step taken after its time limit, and a member record that disagrees with the process', () => {
    const steps = [
      { step: 1, on: '2024-03-04' },
      { step: 2, on: '2024-04-05' },
    ];
    const late = developmentReport(recordsWith('applicant', steps), '2024-04-06').findings;
    expect(late).toEqual([
      expect.objectContaining({
        code: 'development.stepLate',
        severity: 'info',
        rule: expect.objectContaining({ id: 'development.applicationTalk' }),
        facts: { step: 2, on: '2024-04-05', due: '2024-04-04' },
      }),
    ]);
    const mismatch = developmentReport(recordsWith('candidate', steps.slice(0, 1)), '2024-03-05').findings;
    expect(mismatch).toEqual([
      expect.objectContaining({
        code: 'development.stageMismatch',
        severity: 'error',
        rule: expect.objectContaining({ id: 'development.stageMatches' }),
        facts: { stage: 'candidate', expected: 'applicant' },
      }),
    ]);
  });

  it('lets a portal set an unconfirmed limit: the oath within a month of approval, or within two', () => {
    const approved = upTo(19);
    const oath = developmentReport(approved, '2025-10-11').findings;
    expect(oath.map((f) => [f.rule.id, f.rule.confirmed, f.facts['due']])).toEqual([
      ['development.oathAfterApproval', false, '2025-10-10'],
    ]);
    const twoMonths = stepIntervals
      .filter((interval) => interval.bound === 'deadline')
      .map((interval) =>
        interval.rule.id === 'development.oathAfterApproval'
          ? { ...interval, length: { value: 2, unit: 'months' as const } }
          : interval,
      );
    expect(developmentReport(approved, '2025-10-11', { deadlines: twoMonths }).findings).toEqual([]);
    expect(developmentReport(approved, '2025-11-11', { deadlines: twoMonths }).data.processes[0]!.next!.dueBy).toBe(
      '2025-11-10',
    );
  });

  it('leaves out people who are no longer active', () => {
    const archived = run(upTo(2), [
      { type: 'member.archive', input: { memberId: 'p1', status: 'deceased', on: '2024-05-01' } },
    ]);
    expect(developmentReport(archived, '2026-01-01')).toEqual({
      findings: [],
      data: { asOf: '2026-01-01', processes: [] },
    });
  });

  it('flags each deadline exactly after its due date (fast-check, due dates from the hand-written table)', () => {
    const stepsBefore = (n: number) => happySchedule.filter((s) => s.step < n).map(({ step, on }) => ({ step, on }));
    fc.assert(
      fc.property(
        fc.constantFrom(...deadlineTable.filter((entry) => entry.step !== 6)),
        fc.integer({ min: -40, max: 40 }),
        (entry, k) => {
          const before = stepsBefore(entry.step);
          const anchor = before.find((s) => s.step === entry.from)!.on;
          const due = plusMonths(anchor, entry.months);
          const lastOn = before.at(-1)!.on;
          const asOf = plusDays(due, k) < lastOn ? lastOn : plusDays(due, k);
          const stage = entry.step <= 2 ? 'applicant' : entry.step <= 17 ? 'candidate' : 'probationary';
          const snapshot = recordsWith(entry.step === 24 ? 'probationary' : stage, before);
          const overdue = developmentReport(snapshot, asOf).findings.filter(
            (f) => f.code === 'development.stepOverdue',
          );
          expect(overdue.map((f) => f.rule.id)).toEqual(asOf > due ? [entry.rule] : []);
          if (asOf > due) expect(overdue[0]!.rule.article).toBe(deadline(entry.rule).article);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the earliest date of each guarded step as the hand-written table does', () => {
    const training = earliestTable.find((entry) => entry.rule === 'development.activistTraining')!;
    const probation = earliestTable.find((entry) => entry.rule === 'development.probation')!;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1500 }), (shift) => {
        const on = plusDays('2021-01-01', shift);
        const activist = recordsWith(
          'activist',
          [1, 2, 3, 4, 5, 6].map((step) => ({ step, on })),
        );
        expect(developmentReport(activist, on).data.processes[0]!.next!.earliest).toBe(
          plusMonths(on, training.months!),
        );
        const steps = Array.from({ length: 21 }, (_, i) => ({ step: i + 1, on }));
        const probationary = developmentReport(recordsWith('probationary', steps), on).data.processes[0]!;
        expect(probationary.next!.earliest).toBe(plusMonths(on, probation.months!));
      }),
      { numRuns: 200 },
    );
  });
});
