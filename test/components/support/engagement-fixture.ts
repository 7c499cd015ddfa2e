import { MemoryStore } from '@dangjian/adapters/memory';
import {
  claimPost,
  claimWish,
  confirmWish,
  createPost,
  makePledge,
  postWish,
  publishWish,
  registerInCommunity,
  reportPledgeFulfilment,
  reviewWish,
  seedTenant,
  SimulatedClock,
  Workspace,
} from '@dangjian/core';
import { scopedRecords, scopedTenant } from '../../fixtures/scoped-street.js';

// 紫云苑社区 (the scoped street's c1) on 1 March 2026, built by core's commands: posts with their
// holders and pledges (设岗定责, 依岗承诺) and wishes in every state of the lifecycle (微心愿).

export const engagementAt = '2026-03-01T09:00:00+08:00';
/** Three weeks on: 王秀英's pledge, due 5 March with nothing reported, is 15 days overdue. */
export const engagementAsOf = '2026-03-20';

type Outcome = { ok: true } | { ok: false; error: Error };

async function must(run: Promise<Outcome>): Promise<void> {
  const result = await run;
  if (!result.ok) throw result.error;
}

/**
 * Posts: 楼道环境先锋岗 (b1, for two, 王秀英 holds it), 1号楼党员责任区 (g1, for one, 李建国 claimed
 * it) and 便民服务岗 (b2, open to any number, nobody yet). Pledges: 王秀英's on her post, due
 * 5 March and unreported; 李建国's on his, due 30 June; 赵红梅's on no post, reported.
 */
export async function buildPostsAndPledges(workspace: Workspace): Promise<void> {
  await must(
    workspace.run(registerInCommunity, {
      id: 'r-m2',
      memberId: 'm2',
      communityOrgId: 'c1',
      registeredOn: '2026-01-05',
    }),
  );
  const posts = [
    { id: 'pb1', name: '楼道环境先锋岗', kind: 'pioneer', orgId: 'b1', capacity: 2, holderMemberIds: ['m1'] },
    { id: 'pg1', name: '1号楼党员责任区', kind: 'responsibilityArea', orgId: 'g1', capacity: 1, area: '紫云苑1号楼' },
    { id: 'pb2', name: '便民服务岗', kind: 'service', orgId: 'b2' },
  ] as const;
  for (const post of posts) await must(workspace.run(createPost, { ...post } as never));
  await must(workspace.run(claimPost, { postId: 'pg1', memberId: 'm2' }));
  await must(
    workspace.run(makePledge, {
      id: 'pl1',
      memberId: 'm1',
      postId: 'pb1',
      text: '每周清理楼道杂物',
      dueOn: '2026-03-05',
    }),
  );
  await must(
    workspace.run(makePledge, {
      id: 'pl2',
      memberId: 'm2',
      postId: 'pg1',
      text: '每月走访独居老人',
      dueOn: '2026-06-30',
    }),
  );
  await must(
    workspace.run(makePledge, { id: 'pl3', memberId: 'm3', text: '帮助两户老人网上缴费', dueOn: '2026-03-10' }),
  );
  await must(workspace.run(reportPledgeFulfilment, { pledgeId: 'pl3', evidence: '已帮助 3 号楼两户老人开通网上缴费' }));
}

/** Wishes in c1: w1 posted, w2 reviewed, w3 open, w4 claimed by 李建国 (reported to c1), w5 fulfilled. */
export async function buildWishes(workspace: Workspace): Promise<void> {
  const titles = ['修理水龙头', '代买药品', '辅导孩子功课', '陪同就医', '更换楼道灯泡'];
  for (const [index, title] of titles.entries()) {
    await must(workspace.run(postWish, { id: `w${index + 1}`, communityOrgId: 'c1', title }));
  }
  for (const wishId of ['w2', 'w3', 'w4', 'w5']) await must(workspace.run(reviewWish, { wishId }));
  for (const wishId of ['w3', 'w4', 'w5']) await must(workspace.run(publishWish, { wishId }));
  for (const wishId of ['w4', 'w5']) {
    const claimant = { kind: 'member', memberId: 'm2' } as const;
    await must(workspace.run(claimWish, { wishId, claimId: `${wishId}-claim-1`, claimant }));
  }
  await must(workspace.run(confirmWish, { wishId: 'w5' }));
}

/** A fresh workspace over the scoped street with the posts, pledges and wishes above. */
export async function openEngagementWorkspace(): Promise<Workspace> {
  const store = new MemoryStore();
  await seedTenant(store, scopedTenant, scopedRecords, { actorId: 'seed', at: engagementAt });
  const workspace = await Workspace.open({
    store,
    tenant: scopedTenant,
    clock: new SimulatedClock(engagementAt),
    actor: { id: 'c1-staff', name: '社区工作人员' },
  });
  await buildPostsAndPledges(workspace);
  await buildWishes(workspace);
  return workspace;
}
