import {
  deadlineOf,
  developmentReport,
  earliestBounds,
  earliestDate,
  nextStepNumber,
  pipelineStep,
  probationEndsOn,
  snapshotFromRecords,
  stageOfProcess,
  type DevelopmentProcess,
  type Member,
} from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { secretary } from '../fixtures/development-pipeline.js';

// The development pipeline's edges, each against dates counted by hand: the earliest date when
// the interval's date is already past, a step taken on its due date, the last steps, the end of
// probation, a tie between two earliest dates, and the report's texts.

/** Steps 1..n, step i on the i-th date given (later steps on the last date given). */
function process(dates: Record<number, string>, last: number): Pick<DevelopmentProcess, 'steps'> {
  let on = '';
  const steps = Array.from({ length: last }, (_, index) => {
    on = dates[index + 1] ?? on;
    return { step: index + 1, on, actor: secretary, documents: [] };
  });
  return { steps };
}

function report(steps: Pick<DevelopmentProcess, 'steps'>, stage: Member['stage'], asOf = '2026-11-23') {
  const person: Member = {
    id: 'p1',
    name: '陈思远',
    gender: 'female',
    birthDate: '1990-01-01',
    stage,
    relationOrgId: 'b1',
    managingOrgId: 'b1',
  };
  const dp = { id: 'dp', memberId: 'p1', orgId: 'b1', ...steps, contacts: [], introducers: [] };
  const snapshot = snapshotFromRecords('320402', 1, { members: [person], developmentProcesses: [dp] });
  return developmentReport(snapshot, asOf);
}

describe('the next step’s earliest date', () => {
  it('is the last recorded date when a year as activist had passed before it, or ends on it', () => {
    // Activist from 2024-03-01 (step 3): step 7 not before 2025-03-01.
    const passed = report(process({ 1: '2024-01-10', 3: '2024-03-01', 6: '2025-04-01' }, 6), 'activist');
    expect(passed.data.processes[0]!.next).toMatchObject({ step: 7, earliest: '2025-04-01' });
    expect(passed.data.processes[0]!.next!.earliestRule).toBeUndefined();
    const onTheDay = report(process({ 1: '2024-01-10', 3: '2024-03-01', 6: '2025-03-01' }, 6), 'activist');
    expect(onTheDay.data.processes[0]!.next!.earliest).toBe('2025-03-01');
    expect(onTheDay.data.processes[0]!.next!.earliestRule).toBeUndefined();
    const ahead = report(process({ 1: '2024-01-10', 3: '2024-03-01', 6: '2024-09-01' }, 6), 'activist');
    expect(ahead.data.processes[0]!.next).toMatchObject({
      earliest: '2025-03-01',
      earliestRule: { id: 'development.activistTraining' },
    });
  });

  it('on a tie between a year as activist and the public notice, cites the first in table order', () => {
    // Activist from 2025-06-10: 2026-06-10. Notice from Wednesday 2026-06-03: five working days
    // (3, 4, 5, 8, 9 June) end on the 9th, so the 10th too.
    const facts = { process: process({ 1: '2025-01-10', 3: '2025-06-10' }, 6), noticeFrom: '2026-06-03' };
    expect(earliestBounds(7, facts).map((bound) => [bound.interval.rule.id, bound.date])).toEqual([
      ['development.activistTraining', '2026-06-10'],
      ['development.publicNotice', '2026-06-10'],
    ]);
    expect(earliestDate(7, facts)?.interval.rule.id).toBe('development.activistTraining');
  });

  it('has only the bounds whose anchors are known: no public notice without its first day', () => {
    const facts = { process: process({ 1: '2025-01-10', 3: '2025-06-10' }, 6) };
    expect(earliestBounds(7, facts).map((bound) => bound.interval.rule.id)).toEqual(['development.activistTraining']);
    expect(earliestBounds(5, facts)).toEqual([]);
  });

  it('gives no time limit for a step that only has earliest dates (step 7)', () => {
    const facts = { process: process({ 1: '2025-01-10', 3: '2025-06-10' }, 6) };
    expect(deadlineOf(7, facts)).toBeUndefined();
    expect(deadlineOf(2, facts)?.date).toBe('2025-02-10');
  });
});

describe('time limits in the report', () => {
  it('takes a talk held on its due date as in time, and the day after as late, saying so', () => {
    expect(report(process({ 1: '2026-01-10', 2: '2026-02-10' }, 2), 'applicant').findings).toEqual([]);
    const late = report(process({ 1: '2026-01-10', 2: '2026-02-11' }, 2), 'applicant').findings;
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({ code: 'development.stepLate', severity: 'info', facts: { step: 2 } });
    expect(late[0]!.text.en).toBe(
      '"Talk with the applicant" for "陈思远" was taken on 2026-02-11, after its time limit 2026-02-10 (第七条)',
    );
  });

  it('says which stage the record and the process each give when they disagree', () => {
    const found = report(process({ 1: '2026-01-10', 2: '2026-02-01', 3: '2026-03-01' }, 3), 'applicant').findings;
    const mismatch = found.find((each) => each.code === 'development.stageMismatch')!;
    expect(mismatch.text.en).toBe(
      'The record of "陈思远" says stage "applicant" while the development process is at "activist"',
    );
  });
});

describe('the last steps and the end of probation', () => {
  it('waits for step 25 after step 24, and for nothing after step 25', () => {
    expect(nextStepNumber(process({ 1: '2020-01-10' }, 24))).toBe(25);
    expect(nextStepNumber(process({ 1: '2020-01-10' }, 25))).toBeUndefined();
    expect(nextStepNumber({ steps: [] })).toBe(1);
    expect(stageOfProcess({ steps: [] })).toBe('applicant');
  });

  it('tells when probation ends once the higher committee approved the admission (step 17), not before', () => {
    // Branch assembly (step 15) on 2025-05-20: probation ends a year later.
    const dates = { 1: '2022-01-10', 15: '2025-05-20', 16: '2025-06-01', 17: '2025-06-10' };
    expect(probationEndsOn(process(dates, 16))).toBeUndefined();
    expect(probationEndsOn(process(dates, 17))).toBe('2026-05-20');
  });

  it('has a step for each number from 1 to 25, and refuses any other', () => {
    expect(Array.from({ length: 25 }, (_, index) => pipelineStep(index + 1).n)).toEqual(
      Array.from({ length: 25 }, (_, index) => index + 1),
    );
    expect(() => pipelineStep(0)).toThrow(new RangeError('No development step 0'));
    expect(() => pipelineStep(26)).toThrow(new RangeError('No development step 26'));
  });
});
