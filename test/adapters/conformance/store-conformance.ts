import {
  ConflictError,
  ValidationError,
  auditGenesisHash,
  verifyAudit,
  SimulatedClock,
  Workspace,
  createOrg,
  moveOrg,
  addSkill,
  registerMember,
  updateMember,
  renameOrg,
  seedTenant,
  snapshotToRecords,
  type Commit,
  type EntityRecords,
  type Store,
} from '@dangjian/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { otherTenant, seededAt, streetRecords, streetTenant } from '../../fixtures/street.js';
import type { StoreTarget } from './target.js';

const tenantA = streetTenant;
const tenantB = otherTenant;
const at = seededAt;
const street: EntityRecords = streetRecords;
const actor = { id: 'conformance', roles: [] };

/** Tenant codes no entry may accept: empty, huge, SQL, and a real code with a trailing newline. */
const badTenants = ['', '3'.repeat(2_000), "'; drop table x; --", `${tenantA}\n`];

const byId = <T extends { id: string }>(rows: readonly T[] = []): T[] =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

function commitOf(tenant: string, baseRevision: number, changes: Commit['changes'], command = 'test.write'): Commit {
  return { tenant, baseRevision, changes, audit: { actorId: actor.id, at, command, patches: [] } };
}

/**
 * The Store contract, written once. Every adapter runs exactly this, through a one-line target
 * file: `describeStoreConformance(memoryTarget)`.
 */
export function describeStoreConformance(target: StoreTarget): void {
  describe(`Store conformance: ${target.name}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await target.open();
    });
    beforeEach(async () => {
      await target.reset(store);
    });
    afterAll(async () => {
      await target.close(store);
    });

    it('loads a tenant never written to as revision 0 and empty', async () => {
      const state = await store.load(tenantA);
      expect(state.revision).toBe(0);
      expect(state.tenant).toBe(tenantA);
      for (const rows of Object.values(state.records)) expect(rows).toHaveLength(0);
      expect(await store.readAudit(tenantA)).toEqual([]);
    });

    it('round-trips every entity exactly, including Chinese text and optional fields', async () => {
      const receipt = await seedTenant(store, tenantA, street, { actorId: actor.id, at });
      expect(receipt).toEqual({ revision: 1, auditSeq: 1 });
      const state = await store.load(tenantA);
      expect(state.revision).toBe(1);
      expect(byId(state.records.orgs)).toEqual(byId(street.orgs));
      expect(byId(state.records.members)).toEqual(byId(street.members));
    });

    it('applies updates and removals, and bumps the revision by one per commit', async () => {
      await seedTenant(store, tenantA, street, { actorId: actor.id, at });
      const renamed = { ...street.orgs![2]!, name: '改名党支部' };
      await store.commit(
        commitOf(tenantA, 1, [
          { collection: 'orgs', id: 'b1', value: renamed },
          { collection: 'members', id: 'm1', value: null },
        ]),
      );
      const state = await store.load(tenantA);
      expect(state.revision).toBe(2);
      expect(state.records.orgs?.find((org) => org.id === 'b1')?.name).toBe('改名党支部');
      expect(state.records.members?.map((member) => member.id)).toEqual(['m2']);
    });

    it('refuses a stale revision with ConflictError and writes nothing', async () => {
      await seedTenant(store, tenantA, street, { actorId: actor.id, at });
      const before = await store.load(tenantA);
      const stale = commitOf(tenantA, 0, [{ collection: 'orgs', id: 'b1', value: null }]);
      await expect(store.commit(stale)).rejects.toBeInstanceOf(ConflictError);
      await expect(store.commit({ ...stale, baseRevision: 7 })).rejects.toMatchObject({
        code: 'store.conflict',
        field: 'baseRevision',
      });
      expect(await store.load(tenantA)).toEqual(before);
      expect(await store.readAudit(tenantA)).toHaveLength(1);
    });

    it('lets exactly one of two concurrent writers on the same revision win', async () => {
      await seedTenant(store, tenantA, street, { actorId: actor.id, at });
      const write = (name: string): Promise<unknown> =>
        store.commit(commitOf(tenantA, 1, [{ collection: 'orgs', id: 'b1', value: { ...street.orgs![2]!, name } }]));
      const results = await Promise.allSettled([write('甲'), write('乙'), write('丙')]);
      const won = results.filter((result) => result.status === 'fulfilled');
      const lost = results.filter((result) => result.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(2);
      for (const loss of lost) expect((loss as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
      const state = await store.load(tenantA);
      expect(state.revision).toBe(2);
      expect(await store.readAudit(tenantA)).toHaveLength(2);
    });

    it('never reports a newest audit sequence number other than the newest (where it reports one)', async () => {
      const newest = async (tenant: string): Promise<number> => (await store.readAudit(tenant)).at(-1)?.seq ?? 0;
      const check = async (): Promise<void> => {
        for (const tenant of [tenantA, tenantB]) {
          const known = store.newestAuditSeq?.(tenant);
          if (known !== undefined) expect(known).toBe(await newest(tenant));
        }
      };
      await check();
      await seedTenant(store, tenantA, street, { actorId: actor.id, at });
      await check();
      const writes = [1, 2, 3].map((base) =>
        store.commit(
          commitOf(tenantA, base, [
            { collection: 'orgs', id: 'b1', value: { ...street.orgs![2]!, name: `第${base}` } },
          ]),
        ),
      );
      await Promise.allSettled(writes);
      await check();
      await store.load(tenantB);
      await check();
    });

    it('writes a multi-entity commit all or nothing', async () => {
      await seedTenant(store, tenantA, street, { actorId: actor.id, at });
      const before = await store.load(tenantA);
      const bad = commitOf(tenantA, 1, [
        { collection: 'orgs', id: 'b1', value: { ...street.orgs![2]!, name: '不应写入' } },
        { collection: 'members', id: 'm1', value: null },
        // The last change is unwritable (no such collection): the first two must not land either.
        { collection: 'nonsense' as 'orgs', id: 'x', value: { ...street.orgs![2]!, id: 'x' } },
      ]);
      await expect(store.commit(bad)).rejects.toThrow();
      expect(await store.load(tenantA)).toEqual(before);
      expect(await store.readAudit(tenantA)).toHaveLength(1);
    });

    it('keeps the audit log in commit order, numbered without gaps, with the patches', async () => {
      await seedTenant(store, tenantA, street, { actorId: actor.id, at });
      const clock = new SimulatedClock('2026-11-23T03:00:00.000Z');
      const workspace = await Workspace.open({ store, tenant: tenantA, clock, actor });
      const steps = [
        () => workspace.run(renameOrg, { orgId: 'b1', name: '第一网格党支部' }),
        () => workspace.run(createOrg, { id: 'g2', name: '2号楼党小组', kind: 'group', parentId: 'b1' }),
        () => workspace.run(moveOrg, { orgId: 'g2', parentId: 'b1', position: 1 }),
      ];
      for (const step of steps) {
        clock.advance(60_000);
        const result = await step();
        expect(result.ok).toBe(true);
      }
      const audit = await store.readAudit(tenantA);
      expect(audit.map((record) => record.seq)).toEqual([1, 2, 3, 4]);
      expect(audit.map((record) => record.revision)).toEqual([1, 2, 3, 4]);
      expect(audit.map((record) => record.command)).toEqual(['tenant.seed', 'org.rename', 'org.create', 'org.move']);
      expect(audit.map((record) => record.at)).toEqual([
        at,
        '2026-11-23T03:01:00.000Z',
        '2026-11-23T03:02:00.000Z',
        '2026-11-23T03:03:00.000Z',
      ]);
      expect(audit[1]!.patches).toEqual([{ op: 'replace', path: ['orgs', 'b1', 'name'], value: '第一网格党支部' }]);
      expect(audit.every((record) => record.tenant === tenantA && record.actorId === actor.id)).toBe(true);
      expect((await store.readAudit(tenantA, { afterSeq: 2 })).map((record) => record.seq)).toEqual([3, 4]);
      expect((await store.readAudit(tenantA, { afterSeq: 1, limit: 2 })).map((record) => record.seq)).toEqual([2, 3]);
    });

    it('chains the audit log so that verifyAudit accepts it, and finds a record altered or removed', async () => {
      await seedTenant(store, tenantA, street, { actorId: actor.id, at });
      await seedTenant(store, tenantB, { orgs: [street.orgs![0]!] }, { actorId: actor.id, at });
      const clock = new SimulatedClock('2026-11-23T03:00:00.000Z');
      const workspace = await Workspace.open({ store, tenant: tenantA, clock, actor });
      for (const name of ['甲', '乙', '丙'])
        expect((await workspace.run(renameOrg, { orgId: 'b1', name })).ok).toBe(true);
      const audit = await store.readAudit(tenantA);
      expect(audit[0]!.prevHash).toBe(auditGenesisHash);
      expect(audit.slice(1).map((record) => record.prevHash)).toEqual(audit.slice(0, -1).map((record) => record.hash));
      expect(verifyAudit(audit, { revision: 4 })).toEqual([]);
      // Each tenant has its own chain.
      expect((await store.readAudit(tenantB))[0]!.prevHash).toBe(auditGenesisHash);

      const altered = audit.map((record) => (record.seq === 3 ? { ...record, actorId: 'intruder' } : record));
      expect(verifyAudit(altered).map((finding) => [finding.seq, finding.code])).toEqual([[3, 'audit.altered']]);
      const removed = audit.filter((record) => record.seq !== 2);
      expect(verifyAudit(removed).map((finding) => finding.code)).toEqual(['audit.gap']);
      expect(verifyAudit(audit.slice(0, 3), { revision: 4 }).map((finding) => finding.code)).toEqual([
        'audit.truncated',
      ]);
    });

    it('refuses a malformed tenant code at every entry with a typed error, and writes nothing', async () => {
      await seedTenant(store, tenantA, street, { actorId: actor.id, at });
      const before = { state: await store.load(tenantA), audit: await store.readAudit(tenantA) };
      const clock = new SimulatedClock(at);
      for (const tenant of badTenants) {
        const entries: [string, () => Promise<unknown>][] = [
          ['load', () => store.load(tenant)],
          ['readAudit', () => store.readAudit(tenant)],
          [
            'commit',
            () =>
              store.commit(
                commitOf(tenant, 0, [{ collection: 'orgs', id: 'x', value: { ...street.orgs![0]!, id: 'x' } }]),
              ),
          ],
          ['seedTenant', () => seedTenant(store, tenant, street, { actorId: actor.id, at })],
          ['Workspace.open', () => Workspace.open({ store, tenant, clock, actor })],
        ];
        for (const [entry, call] of entries) {
          const refusal = await call().then(
            () => undefined,
            (error: unknown) => error,
          );
          expect(refusal, `${entry}(${JSON.stringify(tenant.slice(0, 20))})`).toBeInstanceOf(ValidationError);
          expect(refusal).toMatchObject({ code: 'tenant.invalid', field: 'tenant' });
          const { text } = refusal as ValidationError;
          expect(text['zh-CN']).toMatch(/租户编码无效/);
          expect(text.en).toMatch(/tenant code is invalid/);
          // The code itself is never echoed back: it may be 2,000 characters or a line of SQL.
          if (tenant.length > 0) expect(JSON.stringify(text)).not.toContain(tenant);
        }
      }
      expect({ state: await store.load(tenantA), audit: await store.readAudit(tenantA) }).toEqual(before);
      expect(await store.load(tenantB)).toEqual({ tenant: tenantB, revision: 0, records: {} });
    });

    it('isolates tenants: data, revisions and audit', async () => {
      await seedTenant(store, tenantA, street, { actorId: actor.id, at });
      const other: EntityRecords = {
        orgs: [{ id: 'street', name: '芗城区某街道党工委', kind: 'committee', subkind: 'working', parentId: null }],
      };
      await seedTenant(store, tenantB, other, { actorId: actor.id, at });
      await store.commit(commitOf(tenantB, 1, [{ collection: 'orgs', id: 'street', value: null }]));
      const a = await store.load(tenantA);
      const b = await store.load(tenantB);
      expect(a.revision).toBe(1);
      expect(b.revision).toBe(2);
      expect(a.records.orgs?.find((org) => org.id === 'street')?.name).toBe('青龙街道党工委');
      expect(b.records.orgs ?? []).toEqual([]);
      expect((await store.readAudit(tenantA)).every((record) => record.tenant === tenantA)).toBe(true);
      expect(await store.readAudit(tenantB)).toHaveLength(2);
      // A commit addressed to tenant A at tenant B's revision is judged against A.
      await expect(store.commit(commitOf(tenantA, 2, []))).rejects.toBeInstanceOf(ConflictError);
    });

    it('serves a Workspace: a second workspace catches up with the writes, a stale list is refused, a retry succeeds', async () => {
      await seedTenant(store, tenantA, street, { actorId: actor.id, at });
      const clock = new SimulatedClock('2026-11-23T04:00:00.000Z');
      const first = await Workspace.open({ store, tenant: tenantA, clock, actor });
      const second = await Workspace.open({ store, tenant: tenantA, clock, actor });
      const registered = await first.run(registerMember, {
        id: 'm3',
        name: '赵敏',
        gender: 'female',
        birthDate: '1990-05-04',
        stage: 'probationary',
        relationOrgId: 'b1',
      });
      expect(registered.ok).toBe(true);
      // The second workspace read revision 1: a list built from it is refused once m1 has moved on…
      await first.run(addSkill, { memberId: 'm1', skill: '书法' });
      const read = second.snapshot.members.get('m1')?.skills ?? [];
      const stale = await second.run(updateMember, { memberId: 'm1', skills: [...read, '摄影'] });
      expect(stale.ok || stale.error).toBeInstanceOf(ConflictError);
      expect(second.snapshot.members.get('m1')?.skills).toBeUndefined();
      // …while an intent is applied to the state the store holds now, whatever the workspace last saw.
      const renamed = await second.run(renameOrg, { orgId: 'b1', name: '重试后的名称' });
      expect(renamed.ok).toBe(true);
      expect(second.snapshot.members.get('m1')?.skills).toEqual(['书法']);
      await second.reload();
      const retried = await second.run(updateMember, { memberId: 'm1', skills: ['书法', '摄影'] });
      expect(retried.ok).toBe(true);
      const reopened = await Workspace.open({ store, tenant: tenantA, clock, actor });
      expect(reopened.revision).toBe(5);
      expect(reopened.snapshot.members.get('m1')?.skills).toEqual(['书法', '摄影']);
      expect(reopened.snapshot.orgs.get('b1')?.name).toBe('重试后的名称');
      expect(reopened.snapshot.members.get('m3')?.managingOrgId).toBe('b1');
      expect(snapshotToRecords(reopened.snapshot).members).toHaveLength(3);
    });
  });
}
