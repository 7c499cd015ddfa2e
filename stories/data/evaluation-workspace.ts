import { MemoryStore } from '@dangjian/adapters/memory';
import { seedTenant, SimulatedClock, snapshotToRecords, Workspace } from '@dangjian/core';
import { kangleReview, reviewAt, reviewId } from '../../test/fixtures/kangle-review.js';

export { reviewId };

/** 康乐社区 第一党支部's open 2026 民主评议 (test/fixtures/kangle-review.ts) in a fresh workspace. */
export async function openReviewWorkspace(): Promise<Workspace> {
  const snapshot = kangleReview();
  const store = new MemoryStore();
  await seedTenant(store, snapshot.tenant, snapshotToRecords(snapshot), { actorId: 'demo-seed', at: reviewAt });
  return Workspace.open({
    store,
    tenant: snapshot.tenant,
    clock: new SimulatedClock(reviewAt),
    actor: { id: 'kb1-secretary', name: '支部书记' },
  });
}
