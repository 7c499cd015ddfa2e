import { MemoryStore } from '@dangjian/adapters/memory';
import { seedTenant, SimulatedClock, snapshotToRecords, Workspace, type Post } from '@dangjian/core';
import { qinglongAsOf, qinglongStreet } from '../../test/fixtures/tenants/qinglong-street.js';

export { qinglongAsOf };

/** Posts (设岗定责) of two of the street's communities, for the 双报到 form. */
export const qinglongPosts: Post[] = [
  { id: 'post-u1-1', name: '楼道清洁先锋岗', kind: 'pioneer', orgId: 'u1' },
  { id: 'post-u1-2', name: '老人助餐服务岗', kind: 'service', orgId: 'u1' },
  { id: 'post-u1-3', name: '邻里守望志愿服务队', kind: 'volunteerTeam', orgId: 'u1' },
  { id: 'post-u2-1', name: '文明创建责任区', kind: 'responsibilityArea', orgId: 'u2' },
];

/**
 * A workspace over a fresh in-memory store seeded with 青龙街道 as its report describes it: 1,366
 * members, dual management of the relocating villages' members, contact cards. Fresh per call,
 * so stories that run commands (or import) do not leak into each other.
 */
export async function openQinglongWorkspace(): Promise<Workspace> {
  const snapshot = qinglongStreet();
  const store = new MemoryStore();
  const at = `${qinglongAsOf}T09:00:00+08:00`;
  await seedTenant(
    store,
    snapshot.tenant,
    { ...snapshotToRecords(snapshot), posts: qinglongPosts },
    { actorId: 'demo-seed', at },
  );
  return Workspace.open({
    store,
    tenant: snapshot.tenant,
    clock: new SimulatedClock(at),
    actor: { id: 'street-admin', name: '街道管理员' },
  });
}
