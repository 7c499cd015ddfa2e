import type { Member } from '@dangjian/core';

/**
 * The baseline a peer would write: one hand-coded function over the member record, the rules
 * spelled out as `if`s, returning bare category and care names. Same semantics as the kit's
 * default rule set (ages and "within six months" in whole calendar months, the month's last day
 * standing in for a day it lacks).
 */

interface Parts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const parts = (date: string): Parts => ({
  year: Number(date.slice(0, 4)),
  month: Number(date.slice(5, 7)),
  day: Number(date.slice(8, 10)),
});

const leap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const monthDays = (year: number, month: number): number =>
  month === 2 ? (leap(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;

function wholeMonths(from: string, to: Parts, toText: string): number {
  if (toText <= from) return 0;
  const start = parts(from);
  const months = to.year * 12 + to.month - (start.year * 12 + start.month);
  return Math.min(start.day, monthDays(to.year, to.month)) > to.day ? months - 1 : months;
}

const newSectorKinds = new Set(['privateEnterprise', 'socialOrganisation']);
const careNames = ['hardship', 'jobless', 'ill', 'disabledOrSubsistence', 'emptyNest'] as const;

export interface HandClassification {
  readonly categories: string[];
  readonly care: string[];
}

export function handClassify(member: Member, asOf: string): HandClassification {
  const today = parts(asOf);
  const categories: string[] = [];
  const care: string[] = [];
  const employment = member.employment;
  if (employment && employment !== 'selfEmployed') categories.push(employment);
  if (newSectorKinds.has(member.employer?.kind ?? '')) categories.push('newSector');
  const away = member.outflow && !member.outflow.returnedOn ? member.outflow.since : undefined;
  if (away !== undefined && !(away <= asOf && wholeMonths(away, today, asOf) < 6)) categories.push('mobile');
  const contact = member.lastContactOn;
  if (member.lostContactSince || (contact && !(contact <= asOf && wholeMonths(contact, today, asOf) < 6)))
    categories.push('lostContact');
  if (member.relocation) categories.push(member.relocation);
  if (member.directlyManaged === true) categories.push('direct');
  const age = member.birthDate ? Math.floor(wholeMonths(member.birthDate, today, asOf) / 12) : undefined;
  if (age !== undefined && age >= 60) categories.push('senior');
  if (member.skills && member.skills.length > 0) categories.push('skilled');
  const flags = member.care ?? [];
  if (flags.includes('hardship')) care.push('hardship');
  if (age !== undefined && age >= 80) care.push('elderly');
  for (const name of careNames.slice(1)) if (flags.includes(name as never)) care.push(name);
  return { categories, care };
}
