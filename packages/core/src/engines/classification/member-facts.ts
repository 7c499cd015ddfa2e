import { isCivilDate, type CivilDate } from '../../calendar/civil-date.js';
import { shanghaiDate } from '../../calendar/instant.js';
import { ageOn } from '../../calendar/months.js';
import type { Facts } from '../../rules/condition.js';
import { idNumberBirthDate } from '../../schema/id-number.js';
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

/**
 * The flat facts the classification rules read, derived from a member record on a date. Every
 * rule reads only these names, so a rule set is portable between portals whose records differ.
 */
export function memberFacts(member: Member, asOf: CivilDate): Facts {
  const awayNow = member.outflow && !member.outflow.returnedOn ? member.outflow.since : undefined;
  const birthDate = memberBirthDate(member);
  return {
    age: birthDate === undefined ? undefined : ageOn(birthDate, asOf),
    stage: member.stage,
    status: member.status ?? 'active',
    employment: member.employment,
    employerKind: member.employer?.kind,
    outflowSince: awayNow,
    lastContactOn: member.lastContactOn,
    lostContactSince: member.lostContactSince,
    relocation: member.relocation,
    directlyManaged: member.directlyManaged ?? false,
    care: member.care ?? [],
    skills: member.skills ?? [],
    roles: member.roles ?? [],
    dualManaged: member.relationOrgId !== member.managingOrgId,
  };
}
