import { careFlags, memberCategories, type Member } from '@dangjian/core';

/**
 * The floor: the same rules over columns of numbers (dates packed as yyyymmdd), one bit per rule
 * in the rule set's order. Packing the columns is done once, outside the timing; what is timed is
 * the least work any classifier must do on this data.
 */

const employmentCodes = ['', 'employed', 'retired', 'unemployed', 'student', 'farmer', 'selfEmployed'];
const careCodes = ['hardship', 'jobless', 'ill', 'disabledOrSubsistence', 'emptyNest'];
const newSectorKinds = new Set(['privateEnterprise', 'socialOrganisation']);

/** Rule order of the default set: bit i is rule i (the categories, then the care flags). */
export const floorRuleOrder = [...memberCategories, ...careFlags] as const;

export interface MemberColumns {
  readonly length: number;
  readonly employment: Uint8Array;
  readonly newSector: Uint8Array;
  readonly away: Int32Array;
  readonly lost: Uint8Array;
  readonly contact: Int32Array;
  readonly relocation: Uint8Array;
  readonly direct: Uint8Array;
  readonly birth: Int32Array;
  readonly skilled: Uint8Array;
  readonly care: Uint8Array;
}

const packed = (date: string | undefined): number => (date ? Number(date.replaceAll('-', '')) : 0);

export function toColumns(members: readonly Member[]): MemberColumns {
  const n = members.length;
  const columns: MemberColumns = {
    length: n,
    employment: new Uint8Array(n),
    newSector: new Uint8Array(n),
    away: new Int32Array(n),
    lost: new Uint8Array(n),
    contact: new Int32Array(n),
    relocation: new Uint8Array(n),
    direct: new Uint8Array(n),
    birth: new Int32Array(n),
    skilled: new Uint8Array(n),
    care: new Uint8Array(n),
  };
  members.forEach((member, i) => {
    columns.employment[i] = Math.max(0, employmentCodes.indexOf(member.employment ?? ''));
    columns.newSector[i] = newSectorKinds.has(member.employer?.kind ?? '') ? 1 : 0;
    columns.away[i] = packed(member.outflow && !member.outflow.returnedOn ? member.outflow.since : undefined);
    columns.lost[i] = member.lostContactSince ? 1 : 0;
    columns.contact[i] = packed(member.lastContactOn);
    columns.relocation[i] = member.relocation === 'inTransition' ? 1 : member.relocation === 'resettled' ? 2 : 0;
    columns.direct[i] = member.directlyManaged === true ? 1 : 0;
    columns.birth[i] = packed(member.birthDate);
    columns.skilled[i] = member.skills && member.skills.length > 0 ? 1 : 0;
    columns.care[i] = careCodes.reduce(
      (bits, name, bit) => (member.care?.includes(name as never) ? bits | (1 << bit) : bits),
      0,
    );
  });
  return columns;
}

const monthDays = (y: number, m: number): number =>
  m === 2
    ? (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
      ? 29
      : 28
    : m === 4 || m === 6 || m === 9 || m === 11
      ? 30
      : 31;

function wholeMonths(from: number, to: number): number {
  if (to <= from) return 0;
  const [fy, fm, fd] = [Math.floor(from / 10000), Math.floor(from / 100) % 100, from % 100];
  const [ty, tm, td] = [Math.floor(to / 10000), Math.floor(to / 100) % 100, to % 100];
  const months = ty * 12 + tm - (fy * 12 + fm);
  return Math.min(fd, monthDays(ty, tm)) > td ? months - 1 : months;
}

const stale = (date: number, today: number): boolean => !(date <= today && wholeMonths(date, today) < 6);

/** One Uint32 of rule bits per member. */
export function classifyColumns(columns: MemberColumns, asOf: string, out: Uint32Array): void {
  const today = packed(asOf);
  for (let i = 0; i < columns.length; i++) {
    let bits = 0;
    const employment = columns.employment[i]!;
    if (employment >= 1 && employment <= 5) bits |= 1 << (employment - 1);
    if (columns.newSector[i]) bits |= 1 << 5;
    const away = columns.away[i]!;
    if (away !== 0 && stale(away, today)) bits |= 1 << 6;
    const contact = columns.contact[i]!;
    if (columns.lost[i] || (contact !== 0 && stale(contact, today))) bits |= 1 << 7;
    const relocation = columns.relocation[i]!;
    if (relocation) bits |= 1 << (7 + relocation);
    if (columns.direct[i]) bits |= 1 << 10;
    const birth = columns.birth[i]!;
    const age = birth === 0 ? -1 : Math.floor(wholeMonths(birth, today) / 12);
    if (age >= 60) bits |= 1 << 11;
    if (columns.skilled[i]) bits |= 1 << 12;
    const care = columns.care[i]!;
    if (care & 1) bits |= 1 << 13;
    if (age >= 80) bits |= 1 << 14;
    bits |= (care >> 1) << 15;
    out[i] = bits >>> 0;
  }
}

export function namesOf(bits: number): string[] {
  return floorRuleOrder.filter((_, bit) => (bits >>> bit) & 1);
}
