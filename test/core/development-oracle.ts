import { readFileSync } from 'node:fs';
import { monthsAfterByParts } from './civil-oracle.js';

/**
 * The pipeline's date intervals written out by hand from development.json (2026 revision), and
 * the arithmetic they need on plain Date.UTC: the oracle the development properties compare the
 * commands with. Nothing here calls the kit's calendar or engine.
 */
interface EarliestRow {
  readonly step: number;
  readonly from: 'birthDate' | 'step3' | 'noticeFrom' | 'step15';
  readonly months?: number;
  readonly workdays?: number;
  readonly rule: string;
  readonly article: string;
}

export const earliestTable: readonly EarliestRow[] = [
  { step: 1, from: 'birthDate', months: 18 * 12, rule: 'development.minimumAge', article: '第五条' },
  { step: 7, from: 'step3', months: 12, rule: 'development.activistTraining', article: '第十三条' },
  { step: 7, from: 'noticeFrom', workdays: 5, rule: 'development.publicNotice', article: '第十三条' },
  { step: 22, from: 'step15', months: 12, rule: 'development.probation', article: '第三十一条' },
];

export const deadlineTable = [
  { step: 2, from: 1, months: 1, rule: 'development.applicationTalk', article: '第七条' },
  { step: 6, from: 3, months: 6, rule: 'development.activistAssessment', article: '第十一条' },
  { step: 15, from: 13, months: 1, rule: 'development.assemblyAfterPreReview', article: '第十九条' },
  { step: 17, from: 15, months: 3, rule: 'development.admissionApproval', article: '第二十五条' },
  { step: 20, from: 17, months: 1, rule: 'development.oathAfterApproval', article: '第二十九条' },
  { step: 24, from: 23, months: 3, rule: 'development.conversionApproval', article: '第三十三条' },
] as const;

const dayMs = 86_400_000;
export const msOf = (date: string): number => Date.parse(`${date}T00:00:00Z`);
export const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const plusDays = (date: string, days: number): string => iso(msOf(date) + days * dayMs);
export const plusMonths = monthsAfterByParts;

const holidayData = JSON.parse(readFileSync('packages/core/src/calendar/holidays/cn-public-holidays.json', 'utf8')) as {
  years: { holidays: { from: string; to: string }[]; adjustedWorkdays: string[] }[];
};
const off = new Set<string>();
const worked = new Set<string>();
for (const year of holidayData.years) {
  for (const { from, to } of year.holidays) for (let ms = msOf(from); ms <= msOf(to); ms += dayMs) off.add(iso(ms));
  for (const day of year.adjustedWorkdays) worked.add(day);
}

export function isWorkday(date: string): boolean {
  const weekday = new Date(msOf(date)).getUTCDay();
  return worked.has(date) || (!off.has(date) && weekday !== 0 && weekday !== 6);
}

/** The day after a notice of `days` working days that starts on `from` (counting `from` if it is one). */
export function afterNotice(from: string, days: number): string {
  let day = from;
  let left = days;
  for (;;) {
    if (isWorkday(day)) left -= 1;
    if (left === 0) return plusDays(day, 1);
    day = plusDays(day, 1);
  }
}
