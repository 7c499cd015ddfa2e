import { branchFundingReport, structureReport, subtreeMemberCounts } from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import scenario from '../fixtures/scenarios/courtyard-town.json';
import { courtyardTown } from '../fixtures/tenants/courtyard-town.js';

const tenant = courtyardTown();
const courtyards = tenant.orgs.toArray().filter((org) => org.setting === 'courtyard');

describe('scenario: 楼院党建 (courtyard-town.json)', () => {
  it('splits 4 courtyard branches out of the community branch, each with its building group', () => {
    expect(courtyards).toHaveLength(scenario.courtyardBranches);
    for (const courtyard of courtyards) {
      expect(courtyard.parentId).toBe('community');
      const groups = tenant.orgs.toArray().filter((org) => org.parentId === courtyard.id);
      expect(groups.map((group) => group.setting)).toEqual(['buildingGroup']);
    }
    expect(new Set(courtyards.map((courtyard) => courtyard.secretarySelection))).toEqual(
      new Set(['direct', 'assigned', 'seconded']),
    );
    // Membership moved with the members: the source branch is left with none.
    const counts = subtreeMemberCounts(tenant);
    expect(counts.get('cb')?.full).toBe(0);
    expect(courtyards.map((courtyard) => counts.get(courtyard.id)?.full)).toEqual([30, 30, 30, 30]);
    expect(
      structureReport(tenant)
        .findings.filter((finding) => finding.subject.id === 'cb')
        .map((finding) => finding.code),
    ).toContain('structure.branchTooSmall');
  });

  it('has one liaison per building (56) and 89 service posts', () => {
    const buildings = tenant.buildings.toArray();
    expect(buildings).toHaveLength(scenario.liaisons);
    expect(
      buildings.every((building) => building.liaisonMemberId && tenant.members.has(building.liaisonMemberId)),
    ).toBe(true);
    expect(tenant.posts.toArray().filter((post) => post.kind === 'service')).toHaveLength(scenario.servicePosts);
  });

  it('funds each courtyard branch with 30 yuan a member a year and 10% of its dues, in integer fen', () => {
    const policy = {
      perMemberPerYearFen: scenario.funding.perMemberPerYearYuan * 100,
      duesReturnedShareBp: scenario.funding.duesReturnedShare * 10_000,
      rounding: 'floor' as const,
    };
    const counts = subtreeMemberCounts(tenant);
    const funding = courtyards.map(
      (courtyard) => branchFundingReport(counts.get(courtyard.id)!.full, 123_456, policy).data,
    );
    expect(funding[0]).toEqual({ activityBudgetFen: 90_000, duesReturnedFen: 12_345, totalFen: 102_345 });
  });

  it('keeps every amount an integer number of fen, whatever the dues and rounding', () => {
    fc.assert(
      fc.property(
        fc.nat(10_000),
        fc.nat(100_000_000),
        fc.nat(10_000),
        fc.constantFrom('floor', 'round', 'ceil' as const),
        (members, dues, bp, rounding) => {
          const result = branchFundingReport(members, dues, {
            perMemberPerYearFen: 3000,
            duesReturnedShareBp: bp,
            rounding,
          }).data;
          expect(Number.isSafeInteger(result.totalFen)).toBe(true);
          expect(result.duesReturnedFen).toBeLessThanOrEqual(dues);
          expect(Math.abs(result.duesReturnedFen - (dues * bp) / 10_000)).toBeLessThan(1);
        },
      ),
    );
    expect(() =>
      branchFundingReport(3, 10.5, { perMemberPerYearFen: 3000, duesReturnedShareBp: 1000, rounding: 'floor' }),
    ).toThrow(RangeError);
  });
});
