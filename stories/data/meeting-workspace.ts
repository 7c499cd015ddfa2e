import { MemoryStore } from '@dangjian/adapters/memory';
import { recordMeeting, seedTenant, SimulatedClock, snapshotToRecords, Workspace, type Org } from '@dangjian/core';
import { kangleAsOf, kangleCommunity } from '../../test/fixtures/tenants/kangle-community.js';

export { kangleAsOf };

const at = `${kangleAsOf}T09:00:00+08:00`;

/** A year of org life in 康乐社区, recorded through the workspace's own commands. */
const kangleMeetings = [
  { id: 'kb1-a1', orgId: 'kb1', kind: 'assembly', heldOn: '2026-02-10', topic: '年度工作部署' },
  { id: 'kb1-a3', orgId: 'kb1', kind: 'assembly', heldOn: '2026-08-10', topic: '学习贯彻全会精神' },
  { id: 'kb1-t1', orgId: 'kb1', kind: 'themeDay', heldOn: '2026-01-15', topic: '走访困难党员' },
  { id: 'kb1-t3', orgId: 'kb1', kind: 'themeDay', heldOn: '2026-03-12', topic: '植树' },
  { id: 'kb2-a2', orgId: 'kb2', kind: 'assembly', heldOn: '2026-05-20', topic: '支部党员大会' },
  { id: 'kb3-t10', orgId: 'kb3', kind: 'themeDay', heldOn: '2026-10-09', topic: '重阳节慰问' },
] as const;

/**
 * 康乐社区 (test/fixtures): a general branch with three branches, 68 members, the 2026-Q4 党课 by
 * home delivery for the bedridden — plus a year of meetings and the first branch's secretary's
 * 党课, recorded by commands so the calendar has something to count.
 */
export async function openKangleWorkspace(): Promise<Workspace> {
  const snapshot = kangleCommunity();
  const store = new MemoryStore();
  await seedTenant(store, snapshot.tenant, snapshotToRecords(snapshot), { actorId: 'demo-seed', at });
  const workspace = await Workspace.open({
    store,
    tenant: snapshot.tenant,
    clock: new SimulatedClock(at),
    actor: { id: 'street-admin', name: '街道管理员' },
  });
  for (const meeting of kangleMeetings) await workspace.run(recordMeeting, { ...meeting, attendance: [] });
  await workspace.run(recordMeeting, {
    id: 'kb1-secretary',
    orgId: 'kb1',
    kind: 'lecture',
    heldOn: '2026-06-30',
    topic: '书记讲党课',
    attendance: [],
    lecturer: { name: '支部书记', role: 'secretary' },
  });
  return workspace;
}

/** A street of `branches` residential branches under 20 communities: hundreds of rows to page through. */
export async function openLargeStreetWorkspace(branches = 300): Promise<Workspace> {
  const orgs: Org[] = [{ id: 'street', name: '示范街道党工委', kind: 'committee', subkind: 'working', parentId: null }];
  for (let c = 1; c <= 20; c++) {
    orgs.push({ id: `c${c}`, name: `第${c}社区党委`, kind: 'committee', parentId: 'street', position: c });
  }
  for (let b = 1; b <= branches; b++) {
    const community = `c${1 + ((b - 1) % 20)}`;
    orgs.push({
      id: `b${b}`,
      name: `第${b}党支部`,
      kind: 'branch',
      setting: 'residential',
      parentId: community,
      position: b,
    });
  }
  const store = new MemoryStore();
  await seedTenant(store, '320402', { orgs }, { actorId: 'demo-seed', at });
  return Workspace.open({ store, tenant: '320402', clock: new SimulatedClock(at), actor: { id: 'street-admin' } });
}
