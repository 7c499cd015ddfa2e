import type { EntityRecords, Org } from '@dangjian/core';
import qinglong from '../test/fixtures/scenarios/qinglong-street.json';

interface CommunityPlan {
  readonly name: string;
  readonly kind: 'committee' | 'generalBranch';
  readonly branches: number;
  readonly retained: boolean;
}

/**
 * 13 community organisations as the report counts them: 3 pure urban, 5 villages in relocation
 * (each keeping a 留守支部), 5 resettlement communities holding 16 of the 30 branches. The report
 * does not name the urban communities, so they are numbered rather than invented.
 */
function communityPlans(): CommunityPlan[] {
  const { communityOrgs, resettlementCommunities, relocation, branches } = qinglong;
  const resettlementBranches = resettlementCommunities.names.map(
    (_, index) =>
      Math.floor(resettlementCommunities.branches / communityOrgs.resettlementCommunities) +
      (index < resettlementCommunities.branches % communityOrgs.resettlementCommunities ? 1 : 0),
  );
  const urbanBranches =
    (branches - resettlementCommunities.branches - communityOrgs.villagesInRelocation) / communityOrgs.pureUrban;
  return [
    ...Array.from({ length: communityOrgs.pureUrban }, (_, index) => ({
      name: `城市社区${index + 1}党委`,
      kind: 'committee' as const,
      branches: urbanBranches,
      retained: false,
    })),
    ...relocation.villagesInRelocation.map((village) => ({
      name: `${village}村党总支`,
      kind: 'generalBranch' as const,
      branches: 1,
      retained: true,
    })),
    ...resettlementCommunities.names.map((name, index) => ({
      name: `${name}党总支`,
      kind: 'generalBranch' as const,
      branches: resettlementBranches[index]!,
      retained: false,
    })),
  ];
}

/**
 * The demo tenant: 青龙街道 as its field report describes it — a working committee over 13
 * community organisations and 30 branches. Members arrive with the member issue.
 */
export function demoRecords(): EntityRecords {
  const orgs: Org[] = [
    { id: 'street', name: `${qinglong.street.name}党工委`, kind: 'committee', subkind: 'working', parentId: null },
  ];
  communityPlans().forEach((plan, index) => {
    const communityId = `c${index + 1}`;
    orgs.push({
      id: communityId,
      name: plan.name,
      kind: plan.kind,
      ...(plan.kind === 'committee' && { subkind: 'community' as const }),
      parentId: 'street',
      position: index,
    });
    for (let b = 1; b <= plan.branches; b++) {
      const branchId = `${communityId}b${b}`;
      const [name, setting] = plan.retained
        ? ['留守党支部', 'retained' as const]
        : [`第${b}党支部`, 'residential' as const];
      orgs.push({ id: branchId, name, kind: 'branch', setting, parentId: communityId, position: b });
      orgs.push(
        plan.retained
          ? { id: `${branchId}t1`, name: '过渡期党小组', kind: 'group', setting: 'transitional', parentId: branchId }
          : { id: `${branchId}g1`, name: '1号楼党小组', kind: 'group', setting: 'buildingGroup', parentId: branchId },
      );
    }
  });
  return { orgs };
}
