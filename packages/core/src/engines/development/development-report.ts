import { shanghaiDate } from '../../calendar/instant.js';
import type { CivilDate } from '../../calendar/civil-date.js';
import { phrase } from '../../i18n/define-messages.js';
import type { LocalizedText } from '../../i18n/locale.js';
import type { AppliedRule, Finding, Severity } from '../../kernel/finding.js';
import { appliedRule, type CatalogueRule } from '../../kernel/rule.js';
import type { Snapshot } from '../../kernel/snapshot.js';
import type { DevelopmentProcess } from '../../schema/development.js';
import type { Member, Stage } from '../../schema/member.js';
import type { EngineReport } from '../engine-report.js';
import { pipelineStep, stepIntervals, type StepInterval } from './pipeline.js';
import {
  deadlineOf,
  earliestDate,
  lastStep,
  nextStepNumber,
  probationEndsOn,
  recordedOn,
  stageOfProcess,
  type StepBound,
  type StepFacts,
} from './process-dates.js';
import { developmentMessages } from './messages.js';
import { developmentRules } from './rules.js';

/** The step a process waits for: its earliest date (with the rule that sets it) and its time limit. */
export interface NextStep {
  readonly step: number;
  readonly label: LocalizedText;
  readonly stage: Stage;
  /** The last recorded date, or a later one an interval sets (a year as activist, the probation). */
  readonly earliest: CivilDate;
  readonly earliestRule?: AppliedRule;
  readonly dueBy?: CivilDate;
  readonly dueRule?: AppliedRule;
}

export interface ProcessStatus {
  readonly processId: string;
  readonly memberId: string;
  readonly orgId: string;
  readonly stage: Stage;
  readonly lastStep: number;
  readonly next?: NextStep;
  readonly probationEndsOn?: CivilDate;
}

export interface DevelopmentReportOptions {
  /**
   * The time limits to check, when a portal changes one the table marks unconfirmed (the oath
   * within a month of approval) or adds its own. Earliest dates are the commands' and stay fixed.
   */
  readonly deadlines?: readonly StepInterval[];
}

export interface DevelopmentReportData {
  readonly asOf: CivilDate;
  readonly processes: readonly ProcessStatus[];
}

const subjectOf = (process: DevelopmentProcess) => ({ collection: 'developmentProcesses', id: process.id });

function finding(
  rule: CatalogueRule,
  severity: Severity,
  process: DevelopmentProcess,
  said: { code: string; text: LocalizedText },
  facts: Record<string, unknown>,
): Finding {
  return { ...said, severity, rule: appliedRule(rule), subject: subjectOf(process), facts };
}

function articleOf(bound: StepBound): string {
  return bound.interval.rule.article ?? '';
}

function lastRecordedOn(process: DevelopmentProcess): CivilDate {
  return process.steps.reduce(
    (latest, step) => (step.on > latest ? step.on : latest),
    process.steps[0]!.on,
  ) as CivilDate;
}

function nextStep(
  process: DevelopmentProcess,
  facts: StepFacts,
  deadlines: readonly StepInterval[],
): NextStep | undefined {
  const n = nextStepNumber(process);
  if (n === undefined) return undefined;
  const step = pipelineStep(n);
  const after = lastRecordedOn(process);
  const bound = earliestDate(n, facts);
  const due = deadlineOf(n, facts, deadlines);
  const earliest = bound && bound.date > after ? bound : undefined;
  return {
    step: n,
    label: step.label,
    stage: step.stage,
    earliest: earliest?.date ?? after,
    ...(earliest && { earliestRule: appliedRule(earliest.interval.rule) }),
    ...(due && { dueBy: due.date, dueRule: appliedRule(due.interval.rule) }),
  };
}

/** A time limit passed with its step not taken: the next step, or the activist's half-yearly assessment. */
function overdue(
  process: DevelopmentProcess,
  member: Member,
  facts: StepFacts,
  asOf: CivilDate,
  deadlines: readonly StepInterval[],
): Finding[] {
  const pending = new Set<number>();
  const next = nextStepNumber(process);
  if (next !== undefined) pending.add(next);
  // An activist is assessed every half year until listed as candidate, not only once.
  if (recordedOn(process, 3) && !recordedOn(process, 7)) pending.add(6);
  return [...pending].flatMap((n) => {
    const due = deadlineOf(n, facts, deadlines);
    if (!due || asOf <= due.date) return [];
    const step = pipelineStep(n).label;
    const said = phrase(developmentMessages.stepOverdue, {
      name: member.name,
      step,
      due: due.date,
      article: articleOf(due),
      asOf,
    });
    return [finding(due.interval.rule, 'warning', process, said, { step: n, due: due.date, asOf })];
  });
}

/** Steps taken after their time limit (the half-yearly assessment is checked by `overdue` while it runs). */
function late(
  process: DevelopmentProcess,
  member: Member,
  facts: StepFacts,
  deadlines: readonly StepInterval[],
): Finding[] {
  return deadlines
    .filter((interval) => interval.bound === 'deadline' && interval.step !== 6)
    .flatMap((interval) => {
      const on = recordedOn(process, interval.step);
      const due = on && deadlineOf(interval.step, facts, deadlines);
      if (!on || !due || on <= due.date) return [];
      const said = phrase(developmentMessages.stepLate, {
        name: member.name,
        step: pipelineStep(interval.step).label,
        on,
        due: due.date,
        article: articleOf(due),
      });
      return [finding(interval.rule, 'info', process, said, { step: interval.step, on, due: due.date })];
    });
}

/** The member record and the process disagree on the stage (someone edited one without the other). */
function stageMismatch(process: DevelopmentProcess, member: Member): Finding[] {
  const expected = stageOfProcess(process);
  if (member.stage === expected) return [];
  const said = phrase(developmentMessages.stageMismatch, { name: member.name, stage: member.stage, expected });
  return [finding(developmentRules.stageMatches, 'error', process, said, { stage: member.stage, expected })];
}

/**
 * The development pipeline on `asOf` (an instant, read in Asia/Shanghai, or a civil date): for each
 * process of an active person, the next due step with its earliest date and time limit; findings
 * for steps overdue, steps taken late and member records whose stage disagrees with the process.
 */
export function developmentReport(
  snapshot: Pick<Snapshot, 'members' | 'developmentProcesses'>,
  asOfInput: string,
  options: DevelopmentReportOptions = {},
): EngineReport<DevelopmentReportData> {
  const asOf = shanghaiDate(asOfInput);
  const deadlines = options.deadlines ?? stepIntervals.filter((interval) => interval.bound === 'deadline');
  const findings: Finding[] = [];
  const processes: ProcessStatus[] = [];
  for (const process of snapshot.developmentProcesses.values()) {
    const member = snapshot.members.get(process.memberId);
    if (!member || (member.status ?? 'active') !== 'active') continue;
    const facts: StepFacts = { process, birthDate: member.birthDate };
    const next = nextStep(process, facts, deadlines);
    const ends = probationEndsOn(process);
    processes.push({
      processId: process.id,
      memberId: member.id,
      orgId: process.orgId,
      stage: stageOfProcess(process),
      lastStep: lastStep(process),
      ...(next && { next }),
      ...(ends && { probationEndsOn: ends }),
    });
    findings.push(
      ...stageMismatch(process, member),
      ...overdue(process, member, facts, asOf, deadlines),
      ...late(process, member, facts, deadlines),
    );
  }
  return { findings, data: { asOf, processes } };
}
