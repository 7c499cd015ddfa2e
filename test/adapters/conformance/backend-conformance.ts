import {
  ConflictError,
  ForbiddenError,
  RuleViolationError,
  SimulatedClock,
  ValidationError,
  Workspace,
  addSkill,
  applySnapshotPatches,
  emptySnapshot,
  importMembers,
  moveOrg,
  renameOrg,
  seedTenant,
  snapshotToRecords,
  updateMember,
  verifyAudit,
  type Actor,
  type Backend,
  type Member,
  type Store,
} from '@dangjian/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { identities, scopedAt, scopedRecords, scopedTenant } from '../../fixtures/scoped-street.js';
import type { BackendTarget } from './backend-target.js';

// One suite for every place commands can be decided — in this process over each store, or on the
// REST server in front of each store — so a workspace behaves the same whatever backs it.

const tenant = scopedTenant;
const admin = { tenant, ...identities.districtAdmin, roles: [...identities.districtAdmin.roles] };

const newMembers = (count: number, relationOrgId = 'b2'): Member[] =>
  Array.from({ length: count }, (_, n) => ({
    id: `imp${n}`,
    name: `导入党员${n}`,
    gender: n % 2 ? 'male' : 'female',
    birthDate: '1980-01-01',
    stage: 'full',
    relationOrgId,
    managingOrgId: relationOrgId,
  }));

export function describeBackendConformance(target: BackendTarget): void {
  describe(`Backend conformance: ${target.name}`, () => {
    const clock = new SimulatedClock('2026-11-23T08:00:00+08:00');
    let store: Store;
    let backendFor: (actor: Actor & { tenant: string }) => Backend;
    const open = (who: Actor & { tenant: string } = admin) => {
      const { tenant: _tenant, ...actor } = who;
      return Workspace.open({ backend: backendFor(who), tenant, actor });
    };

    beforeAll(async () => {
      ({ store, backendFor } = await target.open(clock));
    });
    afterAll(() => target.close());
    beforeEach(async () => {
      await target.reset();
      await seedTenant(store, tenant, scopedRecords, { actorId: 'seed', at: scopedAt });
    });

    it('runs a command, stores it with an audit record the backend built, and a second workspace sees it', async () => {
      const first = await open();
      const moved = await first.run(moveOrg, { orgId: 'g1', parentId: 'b2' });
      expect(moved.ok).toBe(true);
      expect(first.revision).toBe(2);
      expect(first.snapshot.orgs.get('g1')?.parentId).toBe('b2');
      const second = await open();
      expect(second.snapshot.orgs.get('g1')?.parentId).toBe('b2');
      const audit = await store.readAudit(tenant);
      expect(audit.at(-1)).toMatchObject({ command: 'org.move', actorId: admin.id, at: clock.now() });
      expect(verifyAudit(audit, { revision: 2 })).toEqual([]);
    });

    it('refuses by rule, by policy and by schema with typed errors, writing nothing', async () => {
      const workspace = await open();
      const cycle = await workspace.run(moveOrg, { orgId: 'c1', parentId: 'g1' });
      expect(cycle.ok || cycle.error).toBeInstanceOf(RuleViolationError);
      const bad = await workspace.run(renameOrg, { orgId: 'b1', name: '' });
      expect(bad.ok || bad.error).toBeInstanceOf(ValidationError);
      const secretary = { tenant, ...identities.branchSecretary, roles: [...identities.branchSecretary.roles] };
      const outside = await (await open(secretary)).run(renameOrg, { orgId: 'b3', name: '越权改名' });
      expect(outside.ok || outside.error).toBeInstanceOf(ForbiddenError);
      expect((await store.load(tenant)).revision).toBe(1);
    });

    it('refuses a list built from a stale read, and lands an intent on whatever is current', async () => {
      const reader = await open();
      const writer = await open();
      expect((await writer.run(addSkill, { memberId: 'm1', skill: '书法' })).ok).toBe(true);
      const read = reader.snapshot.members.get('m1')?.skills ?? [];
      const stale = await reader.run(updateMember, { memberId: 'm1', skills: [...read, '摄影'] });
      expect(stale.ok || stale.error).toBeInstanceOf(ConflictError);
      expect((await reader.run(addSkill, { memberId: 'm1', skill: '摄影' })).ok).toBe(true);
      const skills = (await store.load(tenant)).records.members?.find((member) => member.id === 'm1')?.skills;
      expect(skills).toEqual(['书法', '摄影']);
    });

    it('imports 2,000 members in one command, or none when one row is bad', async () => {
      const workspace = await open();
      const members = newMembers(2000);
      const refused = await workspace.run(importMembers, {
        members: [...members.slice(0, 1999), { ...members[1999]!, relationOrgId: 'nowhere' }],
      });
      expect(refused.ok || refused.error).toMatchObject({ field: 'members.1999.relationOrgId' });
      expect((await store.load(tenant)).records.members).toHaveLength(scopedRecords.members.length);
      const imported = await workspace.run(importMembers, { members });
      expect(imported.ok).toBe(true);
      expect((await store.load(tenant)).records.members).toHaveLength(scopedRecords.members.length + 2000);
    });

    it('keeps the store equal to a replay of its audit log', async () => {
      const workspace = await open();
      await workspace.run(moveOrg, { orgId: 'g1', parentId: 'b2' });
      await workspace.run(addSkill, { memberId: 'm2', skill: '摄影' });
      await workspace.run(importMembers, { members: newMembers(3, 'b3') });
      let replayed = emptySnapshot(tenant);
      for (const record of await store.readAudit(tenant)) replayed = applySnapshotPatches(replayed, record.patches);
      const stored = await store.load(tenant);
      const sorted = (records: Record<string, readonly { id: string }[] | undefined>) =>
        Object.fromEntries(
          Object.entries(records)
            .filter(([, rows]) => (rows?.length ?? 0) > 0)
            .map(([name, rows]) => [name, [...rows!].sort((a, b) => a.id.localeCompare(b.id))]),
        );
      expect(sorted(snapshotToRecords(replayed))).toEqual(sorted(stored.records as never));
    });
  });
}
