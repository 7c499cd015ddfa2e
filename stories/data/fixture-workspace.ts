import { MemoryStore } from '@dangjian/adapters/memory';
import {
  seedTenant,
  SimulatedClock,
  snapshotToRecords,
  Workspace,
  type CommitteeSeat,
  type Snapshot,
} from '@dangjian/core';
import { courtyardTown } from '../../test/fixtures/tenants/courtyard-town.js';
import { regionalAsOf, regionalStreet } from '../../test/fixtures/tenants/regional-street.js';

export { regionalAsOf };

/**
 * 兼职委员 for the regional street: the fixture has none, and the roster should show what one
 * looks like. Leaders of three resident units sit on the community's comprehensive committee;
 * one term ended in 2025, so it is not shown on the roster's date.
 */
export const regionalSeats: CommitteeSeat[] = [
  { id: 'seat1', orgId: 'community', unitId: 'unit1', personName: '王建国', from: '2025-01-10' },
  { id: 'seat2', orgId: 'community', unitId: 'unit2', personName: '李红', from: '2025-01-10' },
  { id: 'seat3', orgId: 'community', unitId: 'unit4', personName: '陈志刚', from: '2025-03-01' },
  { id: 'seat4', orgId: 'community', unitId: 'unit3', personName: '赵强', from: '2024-01-10', to: '2025-12-31' },
];

/** A workspace over a fresh in-memory store seeded with a fixture tenant, standing at `at`. */
async function openOn(snapshot: Snapshot, at: string, extra: Partial<ReturnType<typeof snapshotToRecords>> = {}) {
  const store = new MemoryStore();
  await seedTenant(store, snapshot.tenant, { ...snapshotToRecords(snapshot), ...extra }, { actorId: 'demo-seed', at });
  return Workspace.open({
    store,
    tenant: snapshot.tenant,
    clock: new SimulatedClock(at),
    actor: { id: 'street-admin', name: '街道管理员' },
  });
}

/**
 * The 区域化党建 street of the handbook (test/fixtures): 28 non-public firms, 15 resident units
 * in a quarterly joint conference that skipped 2026-Q2, 16 co-building agreements.
 */
export function openRegionalWorkspace(): Promise<Workspace> {
  return openOn(regionalStreet(), `${regionalAsOf}T09:00:00+08:00`, { committeeSeats: regionalSeats });
}

/** The 楼院党建 town (test/fixtures): four courtyard branches split out of one community branch, 120 members. */
export function openCourtyardWorkspace(): Promise<Workspace> {
  return openOn(courtyardTown(), '2026-11-23T09:00:00+08:00');
}
