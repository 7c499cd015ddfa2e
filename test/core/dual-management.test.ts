import { dualManagementReport, dualManagementSplit, snapshotFromRecords, type Member } from '@dangjian/core';
import { describe, expect, it } from 'vitest';

// Dual management: a member whose membership (relation org) and daily management (managing org)
// sit in different orgs, with both orgs and who decides what. Only active members; an arrangement,
// never a finding.

const member = (id: string, relationOrgId: string, managingOrgId: string, extra: Partial<Member> = {}): Member => ({
  id,
  name: `党员${id}`,
  gender: 'male',
  birthDate: '1960-05-01',
  stage: 'full',
  relationOrgId,
  managingOrgId,
  ...extra,
});

const village = snapshotFromRecords('320402', 1, {
  orgs: [
    { id: 'kept', name: '留守支部', kind: 'branch', setting: 'retained', parentId: null },
    { id: 'moved', name: '过渡期党小组', kind: 'group', setting: 'transitional', parentId: 'kept' },
  ],
  members: [
    member('dual', 'kept', 'moved'),
    member('same', 'kept', 'kept'),
    member('suspended', 'kept', 'moved', { status: 'suspended' }),
    member('gone', 'kept', 'closed'),
  ],
});

describe('the dual management report', () => {
  it('lists active members managed outside their relation org, with both orgs and the split of duties', () => {
    const { findings, data } = dualManagementReport(village);
    expect(findings).toEqual([]);
    expect(data.map((entry) => entry.member.id).sort()).toEqual(['dual', 'gone']);
    const dual = data.find((entry) => entry.member.id === 'dual')!;
    expect([dual.relationOrg?.name, dual.managingOrg?.name]).toEqual(['留守支部', '过渡期党小组']);
    expect(dual.relationOrgDecides.map((duty) => duty.id)).toEqual([
      'elections',
      'collectiveEconomicDistribution',
      'majorVillageDecisions',
      'membershipRecords',
      'discipline',
    ]);
    expect(dual.managingOrgRuns).toEqual(dualManagementSplit.managingOrg);
    expect(dual.managingOrgRuns[0]!.text['zh-CN']).toBe('日常教育（就近参学、上门送学、网络共学）');
    // A managing org no longer on record is shown as missing, not dropped.
    expect(data.find((entry) => entry.member.id === 'gone')!.managingOrg).toBeUndefined();
  });
});
