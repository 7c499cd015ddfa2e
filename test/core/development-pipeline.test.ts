import {
  developmentRules,
  execute,
  snapshotFromRecords,
  type DangjianError,
  type DevelopmentProcess,
  type Member,
  type Snapshot,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applicant,
  happySchedule,
  openProcess,
  secretary,
  stepInput,
  stepsUpTo,
} from '../fixtures/development-pipeline.js';
import { scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';
import { afterNotice, earliestTable, plusDays, plusMonths } from './development-oracle.js';

const ctx = { actor: { id: 'tester', roles: [] }, now: '2026-11-23T02:00:00.000Z' };
type Request = { readonly type: string; readonly input: unknown };

function run(snapshot: Snapshot, requests: readonly Request[]): Snapshot {
  for (const { type, input } of requests) {
    const result = execute(snapshot, type, input, ctx);
    if (!result.ok) throw result.error;
    snapshot = result.value.snapshot;
  }
  return snapshot;
}

function refusal(snapshot: Snapshot, request: Request): DangjianError {
  const result = execute(snapshot, request.type, request.input, ctx);
  expect(result.ok, `${request.type} should be refused`).toBe(false);
  return (result as { error: DangjianError }).error;
}

const street = (): Snapshot => snapshotFromRecords(scopedTenant, 1, scopedRecords);
const person = (snapshot: Snapshot, id = 'p1'): Member => snapshot.members.get(id)!;
const processOf = (snapshot: Snapshot, id = 'dp'): DevelopmentProcess => snapshot.developmentProcesses.get(id)!;

/** The street with p1 registered, the process opened and steps recorded up to `last`. */
function upTo(last: number): Snapshot {
  return run(street(), [applicant('p1', '陈思远'), openProcess('dp', 'p1'), ...stepsUpTo('dp', last)]);
}

const step = (n: number, on?: string): Request => ({ type: 'development.recordStep', input: stepInput('dp', n, on) });

describe('the development pipeline: a process per person, the member record following it', () => {
  it('takes a person from application to archive, with each step’s date, actor and documents', () => {
    const done = upTo(25);
    const process = processOf(done);
    expect(process.steps.map((s) => s.step)).toEqual(happySchedule.map((s) => s.step));
    expect(process.steps[0]).toMatchObject({
      on: '2024-03-04',
      actor: secretary,
      documents: [{ title: '入党申请书' }],
    });
    expect(process.contacts).toEqual(['m1', 'm2']);
    expect(process.introducers).toEqual(['m1', 'm2']);
    // Full from the day probation ends (a year after the branch assembly of 2025-08-05); 党籍 from the assembly.
    expect(person(done)).toMatchObject({ stage: 'full', joinedOn: '2025-08-05', fullMemberOn: '2026-08-05' });
  });

  it('moves the member record’s stage with the steps that change it', () => {
    const stages = [2, 3, 6, 7, 16, 17, 23, 24].map((last) => person(upTo(last)).stage);
    expect(stages).toEqual([
      'applicant',
      'activist',
      'activist',
      'candidate',
      'candidate',
      'probationary',
      'probationary',
      'full',
    ]);
  });

  it('refuses a step when the member record disagrees with the process (stage edited by hand)', () => {
    // member.update cannot change a stage; an imported or restored record can still disagree.
    const steps = [1, 2, 3].map((n) => ({ step: n, on: happySchedule[n - 1]!.on }));
    const error = refusal(streetWith('full', steps), step(4));
    expect(error.rule?.id).toBe('development.stageMatches');
    // Opening needs an applicant too.
    const registeredFull = run(street(), [
      { type: 'member.register', input: { ...applicant('p2', '吴').input, stage: 'full' } },
    ]);
    expect(refusal(registeredFull, openProcess('dq', 'p2')).rule?.id).toBe('development.stageMatches');
  });

  it('keeps steps in order, dated in order, each once (the assessment may repeat while an activist)', () => {
    expect(refusal(upTo(3), step(5)).rule?.id).toBe('development.stepOrder');
    expect(refusal(upTo(3), step(3)).rule?.id).toBe('development.stepOnce');
    expect(refusal(upTo(3), step(4, '2024-06-01')).rule?.id).toBe('development.datesInOrder');
    const twice = run(upTo(6), [step(6, '2025-05-30')]);
    expect(processOf(twice).steps.filter((s) => s.step === 6)).toHaveLength(2);
    expect(refusal(upTo(7), step(6, '2025-06-20')).rule?.id).toBe('development.stepOnce');
    expect(
      refusal(run(street(), [applicant('p1', '陈'), openProcess('dp', 'p1')]), openProcess('dz', 'p1')).rule?.id,
    ).toBe('development.oneProcess');
  });

  it('checks contacts and introducers against the roll: full members, in the tenant, not the person', () => {
    const base = upTo(4);
    const contacts = (ids: string[]): Request => ({
      type: 'development.recordStep',
      input: { ...stepInput('dp', 5), contacts: ids },
    });
    expect(refusal(base, contacts(['m1', 'nobody'])).rule?.id).toBe('development.contacts');
    expect(refusal(base, contacts(['p1'])).rule?.id).toBe('development.contacts');
    expect(run(base, [contacts(['m3'])]).developmentProcesses.get('dp')!.contacts).toEqual(['m3']);
    const withApplicant = run(upTo(8), [applicant('p9', '郑')]);
    const introducers = (ids: string[]): Request => ({
      type: 'development.recordStep',
      input: { ...stepInput('dp', 9), introducers: ids },
    });
    expect(refusal(withApplicant, introducers(['m1'])).rule?.id).toBe('development.introducers');
    expect(refusal(withApplicant, introducers(['m1', 'm1'])).rule?.id).toBe('development.introducers');
    expect(refusal(withApplicant, introducers(['m1', 'p9'])).rule?.id).toBe('development.introducers');
    const archived = run(withApplicant, [
      { type: 'member.archive', input: { memberId: 'm2', status: 'deceased', on: '2025-01-01' } },
    ]);
    expect(refusal(archived, introducers(['m1', 'm2'])).rule?.id).toBe('development.introducers');
    // A step that needs people cannot be recorded without them.
    const withoutIntroducers = Object.fromEntries(
      Object.entries(stepInput('dp', 9)).filter(([key]) => key !== 'introducers'),
    );
    const missing = refusal(withApplicant, { type: 'development.recordStep', input: withoutIntroducers });
    expect([missing.kind, missing.field]).toEqual(['validation', 'introducers']);
    expect(missing.details?.['issues']).toEqual([
      expect.objectContaining({ field: 'introducers', code: 'development.introducersMissing' }),
    ]);
  });

  it('refuses a notice it cannot count in working days (a year without a holiday notice) rather than guess', () => {
    const late: Request = {
      type: 'development.recordStep',
      input: { ...stepInput('dp', 7, '2027-01-20'), notice: { from: '2027-01-05' } },
    };
    const error = refusal(upTo(6), late);
    expect([error.kind, error.code]).toEqual(['validation', 'calendar.noHolidayYear']);
    expect(error.text['zh-CN']).toContain('2027');
  });

  it('needs 3 days or 24 class hours of candidate training (第十七条)', () => {
    const training = (value: object): Request => ({
      type: 'development.recordStep',
      input: { ...stepInput('dp', 11), training: value },
    });
    const error = refusal(upTo(10), training({ days: 2, classHours: 23 }));
    expect(error.rule).toEqual({ id: 'development.candidateTraining', version: '2026', article: '第十七条' });
    expect(
      run(upTo(10), [training({ classHours: 24 })])
        .developmentProcesses.get('dp')!
        .steps.at(-1)!.training,
    ).toEqual({
      classHours: 24,
    });
  });

  it('extends probation once, by 6 to 12 months, decided when it ends, and conversion waits for it', () => {
    const probationary = upTo(21);
    const extend = (months: number, decidedOn = '2026-08-05'): Request => ({
      type: 'development.extendProbation',
      input: { processId: 'dp', decidedOn, months },
    });
    expect(refusal(probationary, extend(5)).rule?.id).toBe('development.extension');
    expect(refusal(probationary, extend(13)).rule?.id).toBe('development.extension');
    expect(refusal(probationary, extend(6, '2026-08-04')).rule?.id).toBe('development.probation');
    expect(refusal(upTo(16), extend(6)).rule?.id).toBe('development.extensionStage');
    const extended = run(probationary, [extend(6)]);
    expect(refusal(extended, extend(6)).rule?.id).toBe('development.extension');
    const early = refusal(extended, step(22, '2027-02-04'));
    expect(early.rule?.id).toBe('development.probation');
    expect(early.details).toEqual({ earliest: '2027-02-05', on: '2027-02-04' });
    const converted = run(extended, [step(22, '2027-02-05'), step(23, '2027-02-10'), step(24, '2027-03-01')]);
    expect(person(converted)).toMatchObject({ stage: 'full', fullMemberOn: '2027-02-05' });
  });

  it('names the step, the earliest date and the article when a step comes too early', () => {
    const early: Request = {
      type: 'development.recordStep',
      input: { ...stepInput('dp', 7, '2025-06-02'), notice: { from: '2025-05-20' } },
    };
    const error = refusal(upTo(6), early);
    expect(error.kind).toBe('rule');
    expect(error.rule).toEqual({ id: 'development.activistTraining', version: '2026', article: '第十三条' });
    expect(error.text['zh-CN']).toBe('“确定发展对象”最早可于 2025-06-03 进行（第十三条），2025-06-02 过早');
    expect(error.text.en).toContain('"List as development candidate" may be taken on 2025-06-03 at the earliest');
    expect(error.subject).toEqual({ collection: 'developmentProcesses', id: 'dp' });
    expect(developmentRules.activistTraining.confirmed).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// The property: every guarded step is refused before its earliest date and accepted on or after
// it. Dates come from the hand-written table in development-oracle.ts, never from the kit.

const dayMs = 86_400_000;
const dateIn = (from: string, to: string) =>
  fc
    .integer({ min: Date.parse(`${from}T00:00:00Z`) / dayMs, max: Date.parse(`${to}T00:00:00Z`) / dayMs })
    .map((n) => new Date(n * dayMs).toISOString().slice(0, 10));
const offset = fc.integer({ min: -45, max: 45 });

const row = (rule: string) => earliestTable.find((entry) => entry.rule === rule)!;

function applicantMember(birthDate: string, stage: Member['stage']): Member {
  return { id: 'p1', name: '陈思远', gender: 'female', birthDate, stage, relationOrgId: 'b1', managingOrgId: 'b1' };
}

/** A street holding p1 at `stage` and a process with these steps already recorded. */
function streetWith(
  stage: Member['stage'],
  steps: readonly { step: number; on: string }[],
  extension?: number,
): Snapshot {
  const process: DevelopmentProcess = {
    id: 'dp',
    memberId: 'p1',
    orgId: 'b1',
    steps: steps.map((s) => ({ ...s, actor: secretary, documents: [] })),
    contacts: ['m1', 'm2'],
    introducers: steps.some((s) => s.step === 9) ? ['m1', 'm2'] : [],
    ...(extension !== undefined && { probationExtension: { decidedOn: steps.at(-1)!.on, months: extension } }),
  };
  return snapshotFromRecords(scopedTenant, 1, {
    ...scopedRecords,
    members: [...scopedRecords.members, applicantMember('1980-01-01', stage)],
    developmentProcesses: [process],
  });
}

function expectVerdict(
  snapshot: Snapshot,
  request: Request,
  on: string,
  earliest: string,
  entry: { rule: string; article: string },
) {
  const result = execute(snapshot, request.type, request.input, ctx);
  if (on >= earliest) {
    expect(result.ok || result.error).toBe(true);
    return;
  }
  expect(result.ok).toBe(false);
  const error = (result as { error: DangjianError }).error;
  expect(error.rule?.id).toBe(entry.rule);
  expect(error.rule?.article).toBe(entry.article);
  expect(error.details).toEqual({ earliest, on });
  expect(error.text['zh-CN']).toContain(earliest);
  expect(error.text['zh-CN']).toContain(entry.article);
}

describe('every guarded step against the hand-written interval table (fast-check)', () => {
  it('step 1: the application on or after the 18th birthday', () => {
    const entry = row('development.minimumAge');
    fc.assert(
      fc.property(dateIn('1996-01-01', '2010-12-31'), offset, (birthDate, k) => {
        const earliest = plusMonths(birthDate, entry.months!);
        const on = plusDays(earliest, k);
        const snapshot = run(street(), [
          { type: 'member.register', input: { ...applicant('p1', '陈').input, birthDate } },
        ]);
        expectVerdict(snapshot, openProcess('dp', 'p1', on), on, earliest, entry);
      }),
      { numRuns: 300 },
    );
  });

  it('step 7: a year as activist and five working days of public notice, whichever is later', () => {
    const [training, notice] = [row('development.activistTraining'), row('development.publicNotice')];
    fc.assert(
      fc.property(
        dateIn('2024-12-10', '2025-06-30'),
        fc.integer({ min: 30, max: 400 }),
        offset,
        (activistOn, lag, k) => {
          const noticeFrom = plusDays(activistOn, lag);
          const byTraining = plusMonths(activistOn, training.months!);
          const byNotice = afterNotice(noticeFrom, notice.workdays!);
          const [earliest, entry] = byNotice > byTraining ? [byNotice, notice] : [byTraining, training];
          const on = plusDays(earliest, k);
          const steps = [1, 2, 3, 4, 5, 6].map((n) => ({
            step: n,
            on: n < 3 ? plusDays(activistOn, n - 60) : activistOn,
          }));
          const request = {
            type: 'development.recordStep',
            input: { processId: 'dp', step: 7, on, actor: secretary, notice: { from: noticeFrom } },
          };
          expectVerdict(streetWith('activist', steps), request, on, earliest, entry);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('step 22 and an extension: not before probation ends, a year (plus any extension) after the assembly', () => {
    const entry = row('development.probation');
    fc.assert(
      fc.property(
        dateIn('2023-01-01', '2025-12-31'),
        fc.option(fc.integer({ min: 6, max: 12 }), { nil: undefined }),
        offset,
        (assemblyOn, extension, k) => {
          const steps = Array.from({ length: 21 }, (_, i) => ({
            step: i + 1,
            on: i + 1 <= 15 ? assemblyOn : plusDays(assemblyOn, 1),
          }));
          // An extension is a period of its own, counted from the day the year of probation ends
          // (29 Feb 2024 + 12 months = 28 Feb 2025, + 6 months = 28 Aug 2025, not 29 Aug).
          const yearEnds = plusMonths(assemblyOn, entry.months!);
          const earliest = extension === undefined ? yearEnds : plusMonths(yearEnds, extension);
          const on = plusDays(earliest, k);
          const snapshot = streetWith('probationary', steps, extension);
          expectVerdict(
            snapshot,
            { type: 'development.recordStep', input: { processId: 'dp', step: 22, on, actor: secretary } },
            on,
            earliest,
            entry,
          );
          if (extension === undefined)
            expectVerdict(
              snapshot,
              { type: 'development.extendProbation', input: { processId: 'dp', decidedOn: on, months: 6 } },
              on,
              earliest,
              entry,
            );
        },
      ),
      { numRuns: 300 },
    );
  });
});
