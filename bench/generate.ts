import type { EntityRecords, Member, Org } from '@dangjian/core';

/** mulberry32: a tiny seeded PRNG, so every run generates the same tenant. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈';
const givenNames = '秀英建国桂兰志强玉兰国华丽娟海燕文明红梅永刚春生晓东淑珍卫东金凤立新小平';

export interface GeneratedTenant {
  readonly records: Required<Pick<EntityRecords, 'orgs' | 'members'>>;
  readonly branchIds: readonly string[];
  readonly groupIds: readonly string[];
}

/**
 * A street of `memberCount` members, deterministic for a seed: a working committee, one
 * community committee per ~1,000 members, one branch per ~40, two groups per branch; one member
 * in ten under dual management (relation org ≠ managing org).
 */
export function generateTenant(memberCount: number, seed = 20261123): GeneratedTenant {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const orgs: Org[] = [{ id: 'street', name: '青龙街道党工委', kind: 'committee', subkind: 'working', parentId: null }];
  const branchIds: string[] = [];
  const groupIds: string[] = [];
  const communities = Math.max(1, Math.round(memberCount / 1000));
  const branchesPerCommunity = Math.max(1, Math.round(memberCount / 40 / communities));
  for (let c = 0; c < communities; c++) {
    const communityId = `c${c}`;
    orgs.push({
      id: communityId,
      name: `第${c + 1}社区党委`,
      kind: 'committee',
      subkind: 'community',
      parentId: 'street',
    });
    for (let b = 0; b < branchesPerCommunity; b++) {
      const branchId = `${communityId}b${b}`;
      branchIds.push(branchId);
      orgs.push({
        id: branchId,
        name: `第${b + 1}党支部`,
        kind: 'branch',
        setting: 'residential',
        parentId: communityId,
      });
      for (let g = 0; g < 2; g++) {
        const groupId = `${branchId}g${g}`;
        groupIds.push(groupId);
        orgs.push({
          id: groupId,
          name: `${g + 1}号楼党小组`,
          kind: 'group',
          setting: 'buildingGroup',
          parentId: branchId,
        });
      }
    }
  }
  const members: Member[] = [];
  for (let m = 0; m < memberCount; m++) {
    const relationOrgId = pick(branchIds);
    const year = 1930 + Math.floor(random() * 75);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
    members.push({
      id: `m${m}`,
      name: pick([...surnames]) + pick([...givenNames]) + (random() < 0.5 ? pick([...givenNames]) : ''),
      gender: random() < 0.5 ? 'male' : 'female',
      birthDate: `${year}-${month}-${day}`,
      stage: random() < 0.95 ? 'full' : 'probationary',
      relationOrgId,
      managingOrgId: random() < 0.1 ? pick(groupIds) : relationOrgId,
    });
  }
  return { records: { orgs, members }, branchIds, groupIds };
}
