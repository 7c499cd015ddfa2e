import { isCivilDate, nextDay, previousDay, type CivilDate } from '../../calendar/civil-date.js';
import { addMonths } from '../../calendar/months.js';
import { addWorkingDays, shippedWorkdayCalendar, type WorkdayCalendar } from '../../calendar/working-days.js';
import type { DevelopmentProcess } from '../../schema/development.js';
import type { Stage } from '../../schema/member.js';
import { developmentSteps, pipelineStep, stepIntervals, type Duration, type StepInterval } from './pipeline.js';

/** What the dates of a step depend on: the process so far, the person's birth date, a notice's first day. */
export interface StepFacts {
  readonly process: Pick<DevelopmentProcess, 'steps' | 'probationExtension'>;
  readonly birthDate?: string;
  readonly noticeFrom?: string;
}

/** A date an interval gives a step, with the interval (and so its rule and article). */
export interface StepBound {
  readonly date: CivilDate;
  readonly interval: StepInterval;
}

/** The first date step `n` was recorded on. */
export function recordedOn(process: Pick<DevelopmentProcess, 'steps'>, n: number): CivilDate | undefined {
  return process.steps.find((step) => step.step === n)?.on as CivilDate | undefined;
}

/** The latest date any of the steps was recorded on. */
function latestOf(process: Pick<DevelopmentProcess, 'steps'>, steps: readonly number[]): CivilDate | undefined {
  let latest: CivilDate | undefined;
  for (const step of process.steps)
    if (steps.includes(step.step) && (!latest || step.on > latest)) latest = step.on as CivilDate;
  return latest;
}

/**
 * A length after a date, by the calendar module: years and months per 民法典 第二百零三条; working
 * days counted from `date` itself (a notice posted on its first day), the result being the day
 * after the last of them.
 */
export function afterDuration(date: CivilDate, length: Duration, calendar: WorkdayCalendar): CivilDate {
  if (length.unit === 'years') return addMonths(date, 12 * length.value);
  if (length.unit === 'months') return addMonths(date, length.value);
  return nextDay(addWorkingDays(previousDay(date), length.value, calendar));
}

function anchorDate(interval: StepInterval, facts: StepFacts): CivilDate | undefined {
  const { from } = interval;
  if (from === 'birthDate') return isCivilDate(facts.birthDate) ? facts.birthDate : undefined;
  if (from === 'noticeFrom') return isCivilDate(facts.noticeFrom) ? facts.noticeFrom : undefined;
  return latestOf(facts.process, [from.step, ...(from.latest ?? [])]);
}

function boundOf(interval: StepInterval, facts: StepFacts, calendar: WorkdayCalendar): StepBound | undefined {
  const anchor = anchorDate(interval, facts);
  if (!anchor) return undefined;
  const date = afterDuration(anchor, interval.length, calendar);
  // An extension is a period of its own from the day the year of probation ends (民法典 第二百零三条
  // applied to each period): 29 Feb 2024 + 1 year = 28 Feb 2025, + 6 months = 28 Aug 2025.
  const extension = interval.extendedByProbationExtension ? facts.process.probationExtension : undefined;
  return { date: extension ? addMonths(date, extension.months) : date, interval };
}

/** Every earliest date step `n` has by the intervals whose anchors are known, in table order. */
export function earliestBounds(
  n: number,
  facts: StepFacts,
  calendar: WorkdayCalendar = shippedWorkdayCalendar,
): StepBound[] {
  return stepIntervals
    .filter((interval) => interval.step === n && interval.bound === 'earliest')
    .flatMap((interval) => boundOf(interval, facts, calendar) ?? []);
}

/** The latest of the earliest dates: the day step `n` may be taken on at the earliest. */
export function earliestDate(
  n: number,
  facts: StepFacts,
  calendar: WorkdayCalendar = shippedWorkdayCalendar,
): StepBound | undefined {
  return earliestBounds(n, facts, calendar).reduce<StepBound | undefined>(
    (latest, bound) => (!latest || bound.date > latest.date ? bound : latest),
    undefined,
  );
}

/**
 * The date step `n` should be taken by, when a time limit binds it and its anchor is recorded;
 * `intervals` is the table to read (a portal's, where it changed an unconfirmed limit).
 */
export function deadlineOf(
  n: number,
  facts: StepFacts,
  intervals: readonly StepInterval[] = stepIntervals,
): StepBound | undefined {
  const interval = intervals.find((candidate) => candidate.step === n && candidate.bound === 'deadline');
  return interval ? boundOf(interval, facts, shippedWorkdayCalendar) : undefined;
}

/** The highest step recorded. */
export function lastStep(process: Pick<DevelopmentProcess, 'steps'>): number {
  return process.steps.reduce((highest, step) => Math.max(highest, step.step), 0);
}

/** The stage the recorded steps put the person in (applicant before any step). */
export function stageOfProcess(process: Pick<DevelopmentProcess, 'steps'>): Stage {
  const last = lastStep(process);
  return last === 0 ? 'applicant' : pipelineStep(last).stageAfter;
}

/** The next step to take, or undefined once the last step is recorded. */
export function nextStepNumber(process: Pick<DevelopmentProcess, 'steps'>): number | undefined {
  const next = lastStep(process) + 1;
  return next <= developmentSteps.length ? next : undefined;
}

/** When probation ends: a year (plus any extension) after the branch assembly (step 15). */
export function probationEndsOn(
  process: Pick<DevelopmentProcess, 'steps' | 'probationExtension'>,
): CivilDate | undefined {
  if (lastStep(process) < 17) return undefined;
  return earliestDate(22, { process })?.date;
}
