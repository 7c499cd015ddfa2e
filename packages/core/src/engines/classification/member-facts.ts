import { isCivilDate, type CivilDate } from '../../calendar/civil-date.js';
import { shanghaiDate } from '../../calendar/instant.js';
import { ageOn } from '../../calendar/months.js';
import type { FactReaders } from '../../rules/compile-condition.js';
import type { Facts } from '../../rules/condition.js';
import { idNumberBirthDate } from '../../schema/id-number-digits.js';
import type { Member } from '../../schema/member.js';

/**
 * The member's birth date: the recorded one, else the one the ID number encodes. Undefined when
 * neither is a real date: the age is then an unknown fact, and age rules simply do not hold.
 */
export function memberBirthDate(member: Pick<Member, 'birthDate' | 'idNumber'>): CivilDate | undefined {
  if (isCivilDate(member.birthDate)) return member.birthDate;
  return member.idNumber === undefined ? undefined : idNumberBirthDate(member.idNumber);
}

/** The member's full years of age on `asOf` (an instant, or an Asia/Shanghai date), if the birth date is known. */
export function memberAge(member: Pick<Member, 'birthDate' | 'idNumber'>, asOf: string): number | undefined {
  const birthDate = memberBirthDate(member);
  return birthDate === undefined ? undefined : ageOn(birthDate, shanghaiDate(asOf));
}

const noFlags: readonly string[] = Object.freeze([]);

/** A member judged on a date; the age is worked out on first read, then kept. */
export interface MemberOnDate {
  readonly member: Member;
  readonly asOf: CivilDate;
  age?: number | null;
}

/**
 * How each fact the classification rules read comes from a member record on a date. Every rule
 * reads only these names, so a rule set is portable between portals whose records differ. Rules
 * read the record through them: classifying 100,000 members spent a quarter of its time copying
 * these into a new object per member.
 */
export const memberFactReaders: FactReaders<MemberOnDate> = {
  age: (on) => {
    if (on.age === undefined) {
      const birthDate = memberBirthDate(on.member);
      on.age = birthDate === undefined ? null : ageOn(birthDate, on.asOf);
    }
    return on.age ?? undefined;
  },
  stage: ({ member }) => member.stage,
  status: ({ member }) => member.status ?? 'active',
  employment: ({ member }) => member.employment,
  employerKind: ({ member }) => member.employer?.kind,
  outflowSince: ({ member }) => (member.outflow && !member.outflow.returnedOn ? member.outflow.since : undefined),
  lastContactOn: ({ member }) => member.lastContactOn,
  lostContactSince: ({ member }) => member.lostContactSince,
  relocation: ({ member }) => member.relocation,
  directlyManaged: ({ member }) => member.directlyManaged ?? false,
  care: ({ member }) => member.care ?? noFlags,
  skills: ({ member }) => member.skills ?? noFlags,
  roles: ({ member }) => member.roles ?? noFlags,
  dualManaged: ({ member }) => member.relationOrgId !== member.managingOrgId,
};

/** The flat facts the classification rules read, derived from a member record on a date, as one object. */
export function memberFacts(member: Member, asOf: CivilDate): Facts {
  const on: MemberOnDate = { member, asOf };
  return Object.fromEntries(Object.entries(memberFactReaders).map(([name, read]) => [name, read(on)]));
}
