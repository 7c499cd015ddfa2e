import { createMemoryStore } from '@dangjian/adapters/memory';
import { seedTenant, verifyAudit, type Store } from '@dangjian/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { identities, scopedAt, scopedMembers, scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';
import { credentials, serveOnLoopback, type LoopbackServer } from './targets/rest-server.js';

// The writes a hostile but authenticated client tried against the entity-diff protocol, which
// all answered 201. Now commands are the protocol: each is refused with a 4xx, and state and
// audit are exactly as before.

const tenant = scopedTenant;
const admin = { tenant, ...identities.streetAdmin };

describe('REST handler: hostile writes', () => {
  let store: Store;
  let server: LoopbackServer;
  let shared: { store: Store };

  beforeAll(async () => {
    shared = { store: createMemoryStore() };
    server = await serveOnLoopback({
      load: (t) => shared.store.load(t),
      commit: (c) => shared.store.commit(c),
      readAudit: (t, q) => shared.store.readAudit(t, q),
      close: async () => {},
    });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    store = createMemoryStore();
    await seedTenant(store, tenant, scopedRecords, { actorId: 'seed', at: scopedAt });
    shared.store = store;
  });

  const send = (path: string, body: unknown) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { ...credentials(admin), 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const command = (body: unknown) => send(`/tenants/${tenant}/commands`, body);

  async function expectUntouched(run: () => Promise<Response>, status: number, match: Record<string, unknown>) {
    const before = { state: await store.load(tenant), audit: await store.readAudit(tenant) };
    const response = await run();
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ name: 'DangjianError', ...match });
    const after = { state: await store.load(tenant), audit: await store.readAudit(tenant) };
    expect(after).toEqual(before);
    expect(verifyAudit(after.audit, { revision: after.state.revision })).toEqual([]);
  }

  it('refuses to make an org its own ancestor (c1 → g1 → c1)', async () => {
    await expectUntouched(() => command({ type: 'org.move', input: { orgId: 'c1', parentId: 'g1' } }), 422, {
      code: 'org.cycle',
      field: 'parentId',
    });
  });

  it('refuses to delete a branch members still point at', async () => {
    await expectUntouched(() => command({ type: 'org.dissolve', input: { orgId: 'b1' } }), 422, {
      kind: 'rule',
      subject: { collection: 'orgs', id: 'b1' },
    });
  });

  it("refuses a second member with an existing member's ID number", async () => {
    const twin = { ...scopedMembers[0]!, id: 'm-twin', name: '冒名者' };
    delete (twin as { status?: string }).status;
    await expectUntouched(() => command({ type: 'member.register', input: twin }), 422, {
      code: 'member.duplicateIdNumber',
    });
  });

  it('refuses a client-made audit record: a forged command name, a 2016 date, personal data as a patch key', async () => {
    const forged = {
      type: 'org.rename',
      input: { orgId: 'b1', name: '第一党支部' },
      audit: {
        command: 'org.rename',
        at: '2016-01-01T00:00:00Z',
        patches: [{ op: 'add', path: ['members', scopedMembers[0]!.idNumber, scopedMembers[0]!.phone], value: 1 }],
      },
    };
    await expectUntouched(() => command(forged), 400, { kind: 'validation', field: 'audit' });
  });

  it('has no entity-diff route to write around a command', async () => {
    const diff = {
      baseRevision: 1,
      changes: [{ collection: 'orgs', id: 'b1', value: null }],
      audit: { at: '2016-01-01T00:00:00Z', command: 'org.rename', patches: [] },
    };
    await expectUntouched(() => send(`/tenants/${tenant}/commits`, diff), 404, { kind: 'notFound' });
  });

  it('refuses unknown keys instead of dropping them silently', async () => {
    await expectUntouched(
      () => command({ type: 'org.rename', input: { orgId: 'b1', name: '甲', kind: 'group' } }),
      400,
      { kind: 'validation', code: 'input.unknownKey', field: 'kind' },
    );
  });
});
