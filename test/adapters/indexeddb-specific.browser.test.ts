import { createIndexedDbStore } from '@dangjian/adapters/indexeddb';
import {
  ConflictError,
  SimulatedClock,
  Workspace,
  createOrg,
  renameOrg,
  seedTenant,
  verifyAudit,
  type Commit,
  type Store,
} from '@dangjian/core';
import { afterEach, describe, expect, it } from 'vitest';
import { branchB1, seededAt, streetRecords, streetTenant } from '../fixtures/street.js';
import { deleteDatabase, uniqueName } from './targets/indexeddb.js';

// What the conformance suite cannot see on IndexedDB: a database reopened by name (as after a
// reload), two connections on one database (two tabs), a failure inside the transaction.

const tenant = streetTenant;
const at = seededAt;
const actor = { id: 'specific', roles: [] };

function commitOf(baseRevision: number, changes: Commit['changes']): Commit {
  return { tenant, baseRevision, changes, audit: { actorId: actor.id, at, command: 'test.write', patches: [] } };
}

async function stateOf(store: Store): Promise<unknown> {
  return { state: await store.load(tenant), audit: await store.readAudit(tenant) };
}

describe('IndexedDbStore in Chromium', () => {
  const names: string[] = [];
  const opened: Store[] = [];

  async function open(name: string): Promise<Store> {
    const store = await createIndexedDbStore({ name });
    opened.push(store);
    return store;
  }

  function freshName(): string {
    const name = uniqueName('dj-specific');
    names.push(name);
    return name;
  }

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()));
    await Promise.all(names.splice(0).map(deleteDatabase));
  });

  it('keeps state and an intact audit chain when the database is reopened by name', async () => {
    const name = freshName();
    const first = await open(name);
    await seedTenant(first, tenant, streetRecords, { actorId: actor.id, at });
    const clock = new SimulatedClock('2026-11-23T06:00:00.000Z');
    const workspace = await Workspace.open({ store: first, tenant, clock, actor });
    expect((await workspace.run(renameOrg, { orgId: 'b1', name: '第一网格党支部' })).ok).toBe(true);
    expect((await workspace.run(createOrg, { id: 'g2', name: '2号楼党小组', kind: 'group', parentId: 'b1' })).ok).toBe(
      true,
    );
    const before = await stateOf(first);
    await first.close();

    const reopened = await open(name);
    expect(await stateOf(reopened)).toEqual(before);
    const { revision } = await reopened.load(tenant);
    expect(revision).toBe(3);
    expect(verifyAudit(await reopened.readAudit(tenant), { revision })).toEqual([]);
    // The chain carries on from the stored head.
    expect(await reopened.commit(commitOf(3, []))).toEqual({ revision: 4, auditSeq: 4 });
    expect(verifyAudit(await reopened.readAudit(tenant), { revision: 4 })).toEqual([]);
  });

  it('lets two connections on one database (two tabs) see each other, and only one of two racing writes win', async () => {
    const name = freshName();
    const tabA = await open(name);
    const tabB = await open(name);
    await seedTenant(tabA, tenant, streetRecords, { actorId: actor.id, at });
    expect((await tabB.load(tenant)).revision).toBe(1);
    const rename = (store: Store, newName: string): Promise<unknown> =>
      store.commit(commitOf(1, [{ collection: 'orgs', id: 'b1', value: { ...branchB1, name: newName } }]));
    const results = await Promise.allSettled([rename(tabA, '甲'), rename(tabB, '乙')]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const [lost] = results.filter((result) => result.status === 'rejected') as PromiseRejectedResult[];
    expect(lost!.reason).toBeInstanceOf(ConflictError);
    expect(await stateOf(tabA)).toEqual(await stateOf(tabB));
    expect(verifyAudit(await tabB.readAudit(tenant), { revision: 2 })).toEqual([]);
  });

  it('writes nothing when a change fails inside the transaction, after others were queued', async () => {
    const store = await open(freshName());
    await seedTenant(store, tenant, streetRecords, { actorId: actor.id, at });
    const before = await stateOf(store);
    // An object is no valid IndexedDB key: the put throws after the delete and the first put ran.
    const bad = commitOf(1, [
      { collection: 'members', id: 'm1', value: null },
      { collection: 'orgs', id: 'b1', value: { ...branchB1, name: '不应写入' } },
      { collection: 'orgs', id: {} as string, value: { ...branchB1, name: '坏键' } },
    ]);
    await expect(store.commit(bad)).rejects.toMatchObject({ name: 'DataError' });
    expect(await stateOf(store)).toEqual(before);
    expect(await store.commit(commitOf(1, []))).toEqual({ revision: 2, auditSeq: 2 });
  });

  it('stores plain copies: changing a committed object afterwards changes nothing stored', async () => {
    const store = await open(freshName());
    const org = { ...branchB1 };
    await store.commit(commitOf(0, [{ collection: 'orgs', id: org.id, value: org }]));
    org.name = '改动';
    expect((await store.load(tenant)).records.orgs).toEqual([branchB1]);
  });

  it('lets go of the database when another tab deletes it, and says so on the next call', async () => {
    const name = freshName();
    const store = await open(name);
    await seedTenant(store, tenant, streetRecords, { actorId: actor.id, at });
    // Would wait forever if the store kept its connection open.
    await deleteDatabase(name);
    await expect(store.load(tenant)).rejects.toThrow(/deleted or upgraded elsewhere/);
    const fresh = await open(name);
    expect((await fresh.load(tenant)).revision).toBe(0);
  });
});
