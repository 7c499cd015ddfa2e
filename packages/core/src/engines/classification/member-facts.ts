import type { Facts } from '../../rules/condition.js';
import type { Member } from '../../schema/member.js';

/** Full years between two `YYYY-MM-DD` dates: birthdays count on the day. */
export function ageOn(birthDate: string, asOf: string): number {
  const years = Number(asOf.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return asOf.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/**
 * The flat facts the classification rules read, derived from a member record on a date. Every
 * rule reads only these names, so a rule set is portable between portals whose records differ.
 */
export function memberFacts(member: Member, asOf: string): Facts {
  const awayNow = member.outflow && !member.outflow.returnedOn ? member.outflow.since : undefined;
  return {
    age: ageOn(member.birthDate, asOf),
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
