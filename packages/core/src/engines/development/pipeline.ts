import type { LocalizedText } from '../../i18n/locale.js';
import type { CatalogueRule } from '../../kernel/rule.js';
import { ruleTables } from '../../rules/rule-tables.js';
import type { Stage } from '../../schema/member.js';
import { developmentDeadlineRules as deadlines, developmentRules as rules } from './rules.js';

const table = ruleTables.development;
const limits = table.timeLimits;

/** English names of the 25 steps (development.json has the Chinese ones). */
const englishLabels: readonly string[] = [
  'Hand in the application',
  'Talk with the applicant',
  'Recommend and fix as activist',
  'File with the higher committee',
  'Appoint training contacts',
  'Educate and assess',
  'List as development candidate',
  'Higher committee consents',
  'Name the introducers',
  'Political review',
  'Short centralised training',
  'Branch committee review',
  'Higher committee pre-review',
  'Fill in the application book',
  'Branch assembly discussion',
  'Higher committee interview',
  'Higher committee approval',
  'File with the next higher department',
  'Place in a branch and group',
  'Take the oath',
  'Continued education and assessment',
  'Apply for full membership',
  'Branch assembly discussion',
  'Higher committee approval',
  'Archive the materials',
];

/** One step of the pipeline: its number, stage, name, article, and the stage a person is in once it is taken. */
export interface PipelineStep {
  readonly n: number;
  readonly stage: Stage;
  readonly phase: string;
  readonly label: LocalizedText;
  readonly article: string | null;
  /** The stage after this step: the step's own, or the one it admits to (`transitionTo`). */
  readonly stageAfter: Stage;
  /** Step 6, the half-yearly assessment, is taken again and again while a person is an activist. */
  readonly repeatable: boolean;
}

export const developmentSteps: readonly PipelineStep[] = table.steps.map((step, index) => ({
  n: step.n,
  stage: step.stage as Stage,
  phase: step.phase,
  label: { 'zh-CN': ('label2026' in step && step.label2026) || step.label, en: englishLabels[index]! },
  article: step.article,
  stageAfter: ('transitionTo' in step ? step.transitionTo : step.stage) as Stage,
  repeatable: step.n === 6,
}));

export function pipelineStep(n: number): PipelineStep {
  const step = developmentSteps[n - 1];
  if (!step || step.n !== n) throw new RangeError(`No development step ${n}`);
  return step;
}

/** A length of time as development.json writes it. */
export interface Duration {
  readonly value: number;
  readonly unit: 'years' | 'months' | 'workdays';
}

/** Where an interval is counted from: the person's birth, the notice's first day, or a recorded step. */
export type IntervalAnchor =
  'birthDate' | 'noticeFrom' | { readonly step: number; readonly latest?: readonly number[] };

/**
 * One date-interval rule: `step` may not be taken before (`earliest`) or should be taken by
 * (`deadline`) the anchor's date plus `length`. The table is data; `process-dates.ts` reads it.
 */
export interface StepInterval {
  readonly step: number;
  readonly bound: 'earliest' | 'deadline';
  readonly from: IntervalAnchor;
  readonly length: Duration;
  readonly rule: CatalogueRule;
  /** The probation's end moves by an extension's months (延长预备期). */
  readonly extendedByProbationExtension?: true;
}

const years = (value: number): Duration => ({ value, unit: 'years' });
const months = (value: number): Duration => ({ value, unit: 'months' });

export const stepIntervals: readonly StepInterval[] = [
  {
    step: 1,
    bound: 'earliest',
    from: 'birthDate',
    length: years(table.eligibility.minimumAge.value),
    rule: rules.minimumAge,
  },
  {
    step: 7,
    bound: 'earliest',
    from: { step: 3 },
    length: years(limits.activistTraining.minimum.value),
    rule: rules.activistTraining,
  },
  {
    step: 7,
    bound: 'earliest',
    from: 'noticeFrom',
    length: { value: limits.candidatePublicNotice.minimum.value, unit: 'workdays' },
    rule: rules.publicNotice,
  },
  {
    step: 22,
    bound: 'earliest',
    from: { step: 15 },
    length: years(limits.probation.value),
    rule: rules.probation,
    extendedByProbationExtension: true,
  },
  {
    step: 2,
    bound: 'deadline',
    from: { step: 1 },
    length: months(limits.applicationTalk.maximum.value),
    rule: deadlines.applicationTalk,
  },
  {
    step: 6,
    bound: 'deadline',
    from: { step: 3, latest: [6] },
    length: months(limits.activistAssessment.every.value),
    rule: deadlines.activistAssessment,
  },
  {
    step: 15,
    bound: 'deadline',
    from: { step: 13 },
    length: months(limits.branchAssemblyAfterPreReview.maximum.value),
    rule: deadlines.assemblyAfterPreReview,
  },
  {
    step: 17,
    bound: 'deadline',
    from: { step: 15 },
    length: months(limits.committeeApprovalOfAdmission.maximum.value),
    rule: deadlines.admissionApproval,
  },
  {
    step: 20,
    bound: 'deadline',
    from: { step: 17 },
    length: months(limits.oathAfterApproval.maximum.value),
    rule: deadlines.oathAfterApproval,
  },
  {
    step: 24,
    bound: 'deadline',
    from: { step: 23 },
    length: months(limits.committeeApprovalOfConversion.maximum.value),
    rule: deadlines.conversionApproval,
  },
];

/**
 * Every figure of development.json the pipeline applies, by name, each with its article and
 * whether it is confirmed: what a portal shows and may override where unconfirmed.
 */
export const developmentFigures = {
  stages: table.stages,
  steps: developmentSteps,
  intervals: stepIntervals,
  minimumAge: table.eligibility.minimumAge,
  timeLimits: limits,
  trainingContacts: table.people.trainingContacts,
  introducers: table.people.introducers,
  votes: table.votes,
  sources: table.sources,
  asOf: table.asOf,
} as const;
