import {
  RuleViolationError,
  dissolveOrg,
  execute,
  mergeOrgs,
  registerMember,
  setUpTransitionalGroups,
  splitCourtyardBranch,
  createOrg,
  updateMember,
  type Snapshot,
} from '@dangjian/core';
import { describe, expect, it } from 'vitest';
import { ctx, member, runOk, smallStreet } from './fixtures.js';

const run = runOk;

function withMembers(snapshot: Snapshot, orgId: string, count: number, prefix: string): Snapshot {
  for (let i = 0; i < count; i++) {
    snapshot = run(snapshot, registerMember, {
      id: `${prefix}${i}`,
      name: `党员${i}`,
      gender: 'male',
      birthDate: '1950-05-05',
      stage: 'full',
      relationOrgId: orgId,
    });
  }
  return snapshot;
}

describe('org commands', () => {
  it('refuses to dissolve an org still in use and says what holds it', () => {
    const street = withMembers(smallStreet(), 'b1', 2, 'm');
    const result = execute(street, dissolveOrg, { orgId: 'b1' }, ctx);
    expect(result.ok || result.error).toBeInstanceOf(RuleViolationError);
    if (!result.ok) {
      expect(result.error.code).toBe('org.inUse');
      expect(result.error.text['zh-CN']).toBe(
        '“第一党支部”还有 1 个下级组织、2 名党员和 0 项其他关联，须先转出后才能撤销',
      );
    }
    const emptied = run(street, dissolveOrg, { orgId: 'b2' });
    expect(emptied.orgs.has('b2')).toBe(false);
  });

  it('merges a branch into another: children and members follow, the source is gone', () => {
    let street = withMembers(smallStreet(), 'b1', 3, 'm');
    street = run(street, mergeOrgs, { sourceId: 'b1', targetId: 'b2' });
    expect(street.orgs.has('b1')).toBe(false);
    expect(street.orgs.get('g1')?.parentId).toBe('b2');
    expect(
      street.members.toArray().every((member) => member.relationOrgId === 'b2' && member.managingOrgId === 'b2'),
    ).toBe(true);
    const mixed = execute(street, mergeOrgs, { sourceId: 'g1', targetId: 'b2' }, ctx);
    expect(mixed.ok || mixed.error.code).toBe('org.mergeKind');
  });

  it('splits a courtyard branch, refusing members who are not the source branch’s', () => {
    let street = withMembers(smallStreet(), 'b1', 4, 'm');
    street = withMembers(street, 'b2', 1, 'other');
    const refused = execute(
      street,
      splitCourtyardBranch,
      { sourceBranchId: 'b1', branch: { id: 'cy', name: '1号楼院党支部' }, memberIds: ['m0', 'other0'] },
      ctx,
    );
    expect(refused.ok || refused.error.field).toBe('memberIds.1');
    expect(refused.ok || refused.error.code).toBe('org.memberNotInBranch');
    street = run(street, splitCourtyardBranch, {
      sourceBranchId: 'b1',
      branch: { id: 'cy', name: '1号楼院党支部', secretarySelection: 'seconded' },
      memberIds: ['m0', 'm1'],
      groupIds: ['g1'],
    });
    expect(street.orgs.get('cy')).toMatchObject({
      kind: 'branch',
      setting: 'courtyard',
      parentId: 'community',
      secretarySelection: 'seconded',
    });
    expect(street.orgs.get('g1')?.parentId).toBe('cy');
    expect(street.members.get('m0')?.relationOrgId).toBe('cy');
    expect(street.members.get('m2')?.relationOrgId).toBe('b1');
  });

  it('sets up transitional groups for a retained branch: membership stays, daily management moves', () => {
    let street = run(smallStreet(), createOrg, {
      id: 'village',
      name: '东风村留守党支部',
      kind: 'branch',
      setting: 'retained',
      parentId: 'community',
    });
    street = withMembers(street, 'village', 3, 'v');
    const notRetained = execute(
      street,
      setUpTransitionalGroups,
      { retainedBranchId: 'b1', groups: [{ id: 't1', name: '过渡期党小组', memberIds: [] }] },
      ctx,
    );
    expect(notRetained.ok || notRetained.error.code).toBe('org.notRetained');
    street = run(street, setUpTransitionalGroups, {
      retainedBranchId: 'village',
      groups: [{ id: 't1', name: '青龙苑过渡期党小组', memberIds: ['v0', 'v1'] }],
    });
    expect(street.orgs.get('t1')).toMatchObject({ kind: 'group', setting: 'transitional', parentId: 'village' });
    expect(street.members.get('v0')).toMatchObject({ relationOrgId: 'village', managingOrgId: 't1' });
    expect(street.members.get('v2')).toMatchObject({ relationOrgId: 'village', managingOrgId: 'village' });
  });

  it('follows nested org references when dissolving and merging', () => {
    let street = runOk(
      smallStreet(),
      registerMember,
      member('m1', {
        relationOrgId: 'b1',
        residence: { communityOrgId: 'b2' },
        employer: { name: '某单位', orgId: 'b2' },
      }),
    );
    const dissolve = execute(street, dissolveOrg, { orgId: 'b2' }, ctx);
    expect(dissolve.ok || dissolve.error.code).toBe('org.inUse');
    street = runOk(street, createOrg, { id: 'b3', name: '第三党支部', kind: 'branch', parentId: 'community' });
    street = runOk(street, mergeOrgs, { sourceId: 'b2', targetId: 'b3' });
    expect(street.members.get('m1')).toMatchObject({ residence: { communityOrgId: 'b3' }, employer: { orgId: 'b3' } });
    const dangling = execute(street, updateMember, { memberId: 'm1', residence: { communityOrgId: 'gone' } }, ctx);
    expect(dangling.ok || dangling.error.field).toBe('residence.communityOrgId');
  });

  it('keeps settings for branches and groups only, so no group lands under a committee', () => {
    const result = execute(
      smallStreet(),
      createOrg,
      { id: 'x', name: '假留守', kind: 'committee', setting: 'retained', parentId: 'street' },
      ctx,
    );
    expect(result.ok || result.error.field).toBe('setting');
  });
});
