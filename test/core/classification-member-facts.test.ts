import { civilDate, memberAge, memberFacts, type Member } from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// The fact readers the shipped classification rules do not read (stage, status, roles,
// dualManaged): a portal's own rules may, so each is pinned here against the record itself.

const base: Member = {
  id: 'm1',
  name: '张卫东',
  gender: 'male',
  birthDate: '1970-01-01',
  stage: 'full',
  relationOrgId: 'b1',
  managingOrgId: 'b1',
};
const on = civilDate(2026, 11, 23);

describe('member facts a portal rule may read', () => {
  it('reads the stage as recorded', () => {
    fc.assert(
      fc.property(fc.constantFrom('applicant', 'activist', 'candidate', 'probationary', 'full' as const), (stage) => {
        expect(memberFacts({ ...base, stage }, on)['stage']).toBe(stage);
      }),
    );
  });

  it('reads the status as recorded, and an unrecorded status as active', () => {
    expect(memberFacts(base, on)['status']).toBe('active');
    expect(memberFacts({ ...base, status: 'deceased' }, on)['status']).toBe('deceased');
    expect(memberFacts({ ...base, status: 'transferredOut' }, on)['status']).toBe('transferredOut');
  });

  it('reads the roles as recorded, and none as an empty list', () => {
    expect(memberFacts(base, on)['roles']).toEqual([]);
    expect(memberFacts({ ...base, roles: ['liaison', 'instructor'] }, on)['roles']).toEqual(['liaison', 'instructor']);
  });

  it('counts a member as dual-managed exactly when the relation and the managing org differ', () => {
    expect(memberFacts(base, on)['dualManaged']).toBe(false);
    expect(memberFacts({ ...base, managingOrgId: 'b2' }, on)['dualManaged']).toBe(true);
  });

  it('gives no age to a member without a birth date or an ID number', () => {
    // A birth date that is no date (as an import may hold) and no ID number: the age is unknown.
    const noBirthDate = { ...base, birthDate: '' };
    expect(memberAge(noBirthDate, on)).toBeUndefined();
    expect(memberFacts(noBirthDate, on)['age']).toBeUndefined();
    // 1970-01-01 to 2026-11-23: 56 full years, counted by hand.
    expect(memberAge(base, on)).toBe(56);
  });
});
