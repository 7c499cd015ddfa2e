import {
  classificationReport,
  dualManagementReport,
  memberAge,
  subtreeMemberCounts,
  type Member,
} from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import scenario from '../fixtures/scenarios/qinglong-street.json';
import { dispersedMembers, qinglongAsOf, qinglongStreet } from '../fixtures/tenants/qinglong-street.js';

const tenant = qinglongStreet();
const members = tenant.members.toArray();
const over60 = (list: readonly Member[]): number =>
  list.filter((member) => (memberAge(member, qinglongAsOf) ?? 0) >= 60).length;

describe('scenario: 青龙街道 classified management (qinglong-street.json)', () => {
  it('has 13 community orgs of three kinds, 30 branches, 1366 members of whom 688 are over 60', () => {
    const orgs = tenant.orgs.toArray();
    const community = orgs.filter((org) => org.parentId === 'street');
    expect(community).toHaveLength(scenario.communityOrgs.total);
    expect(orgs.filter((org) => org.kind === 'branch')).toHaveLength(scenario.branches);
    expect(members).toHaveLength(scenario.members.total);
    const { counts } = classificationReport(tenant, qinglongAsOf).data;
    expect(counts['senior']).toBe(scenario.members.over60);
    expect(over60(members)).toBe(scenario.members.over60);
  });

  it('has 5 resettlement communities with 16 branches and 650 members, 305 over 60', () => {
    const resettled = tenant.orgs
      .toArray()
      .filter(
        (org) =>
          scenario.resettlementCommunities.names.some((name) => org.name.startsWith(name)) &&
          org.kind === 'generalBranch',
      );
    expect(resettled).toHaveLength(5);
    const branchIds = new Set(
      tenant.orgs
        .toArray()
        .filter((org) => resettled.some((parent) => parent.id === org.parentId))
        .map((org) => org.id),
    );
    expect(branchIds.size).toBe(scenario.resettlementCommunities.branches);
    const counts = subtreeMemberCounts(tenant);
    expect(resettled.reduce((sum, org) => sum + counts.get(org.id)!.members, 0)).toBe(
      scenario.resettlementCommunities.members,
    );
    const inResettlement = members.filter((member) => branchIds.has(member.relationOrgId));
    expect(over60(inResettlement)).toBe(scenario.resettlementCommunities.over60);
    expect(classificationReport({ members: tenant.members }, qinglongAsOf).data.counts['resettled']).toBe(
      scenario.resettlementCommunities.members,
    );
  });

  it('keeps a retained branch with transitional groups in each of the 5 villages; 100+ dispersed members under dual management', () => {
    const retained = tenant.orgs.toArray().filter((org) => org.setting === 'retained');
    expect(retained).toHaveLength(scenario.relocation.villagesInRelocation.length);
    for (const branch of retained) {
      expect(
        tenant.orgs
          .toArray()
          .filter((org) => org.parentId === branch.id)
          .every((group) => group.setting === 'transitional'),
      ).toBe(true);
    }
    const dual = dualManagementReport(tenant).data;
    expect(dual.length).toBeGreaterThan(100);
    expect(dual).toHaveLength(dispersedMembers);
    for (const entry of dual) {
      expect(entry.relationOrg?.setting).toBe('retained');
      expect(entry.managingOrg?.setting).toBe('transitional');
      expect(entry.managingOrg?.parentId).toBe(entry.relationOrg?.id);
    }
    expect(dual[0]!.relationOrgDecides.map((duty) => duty.id)).toEqual(
      expect.arrayContaining(['elections', 'collectiveEconomicDistribution', 'majorVillageDecisions']),
    );
    expect(dual[0]!.managingOrgRuns.map((duty) => duty.id)).toContain('dailyEducation');
    // "close to 60%" of the dispersed are over 60.
    const share = over60(dual.map((entry) => entry.member)) / dual.length;
    expect(share).toBeGreaterThan(0.55);
    expect(share).toBeLessThan(0.6);
  });

  it('gives every dispersed member a complete six-field contact card', () => {
    const fields = ['whereabouts', 'contact', 'housing', 'thinking', 'employment', 'family'] as const;
    for (const { member } of dualManagementReport(tenant).data) {
      for (const field of fields) expect(member.contactCard?.[field], `${member.id}.${field}`).toBeTruthy();
      expect(member.lastContactOn).toBe(member.contactCard?.updatedOn);
    }
    const { counts } = classificationReport(tenant, qinglongAsOf).data;
    expect(counts['inTransition']).toBe(dispersedMembers);
    expect(counts['lostContact'] ?? 0).toBe(0);
  });
});
