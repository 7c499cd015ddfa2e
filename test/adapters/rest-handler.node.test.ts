import { createMemoryStore } from '@dangjian/adapters/memory';
import { RestResponseError } from '@dangjian/adapters/rest';
import {
  ConflictError,
  ForbiddenError,
  SimulatedClock,
  ValidationError,
  fixedClock,
  seedTenant,
  type Commit,
  type Store,
} from '@dangjian/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { branchB1, otherTenant, seededAt, streetRecords, streetTenant } from '../fixtures/street.js';
import {
  actorHeader,
  clientFor,
  serveOnLoopback,
  tenantHeader,
  testHandler,
  type LoopbackServer,
} from './targets/rest-server.js';

// What the conformance suite cannot see through REST: credentials, tenant binding, the wire
// form of errors, body limits and the handler's own options.

const tenantA = streetTenant;
const tenantB = otherTenant;
const at = seededAt;
const origin = 'http://dangjian.test';

interface SendInit {
  readonly as?: { readonly tenant: string; readonly actor: string };
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

function requestOf(method: string, path: string, init: SendInit = {}): Request {
  const headers = new Headers(init.headers);
  if (init.as) headers.set(tenantHeader, init.as.tenant);
  if (init.as) headers.set(actorHeader, init.as.actor);
  if (init.body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
  const body = typeof init.body === 'string' || init.body === undefined ? init.body : JSON.stringify(init.body);
  return new Request(`${origin}/api${path}`, { method, headers, ...(body !== undefined && { body }) });
}

function commitBody(baseRevision: number, changes: Commit['changes'], extra: Record<string, unknown> = {}) {
  return { baseRevision, changes, audit: { at, command: 'test.write', patches: [], ...extra } };
}

const alice = { tenant: tenantA, actor: 'alice' };

describe('REST handler', () => {
  let backing: Store;
  let server: LoopbackServer;
  let clientA: Store;

  beforeAll(async () => {
    backing = createMemoryStore();
    server = await serveOnLoopback({
      load: (tenant) => backing.load(tenant),
      commit: (commit) => backing.commit(commit),
      readAudit: (tenant, query) => backing.readAudit(tenant, query),
      close: async () => {},
    });
    clientA = clientFor(server.url, tenantA, 'alice');
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    backing = createMemoryStore();
    await seedTenant(backing, tenantA, streetRecords, { actorId: 'seed', at });
    await seedTenant(
      backing,
      tenantB,
      { orgs: [{ ...streetRecords.orgs[0]!, name: '芗城区某街道党工委' }] },
      {
        actorId: 'seed',
        at,
      },
    );
  });

  it('answers 401 without credentials, with a challenge and a typed error in both languages', async () => {
    const response = await testHandler(backing)(requestOf('GET', `/tenants/${tenantA}/state`));
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    const body = await response.json();
    expect(body).toMatchObject({ name: 'DangjianError', kind: 'forbidden', rule: { id: 'rest.authenticate' } });
    expect(body.text['zh-CN']).toContain('身份认证');
    expect(body.text.en).toContain('not authenticated');
    const anonymous = clientFor(server.url, '', '');
    await expect(anonymous.load(tenantA)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('keeps a tenant-A client out of tenant B: 403 for reads and writes, and B is unchanged', async () => {
    const before = { state: await backing.load(tenantB), audit: await backing.readAudit(tenantB) };
    await expect(clientA.load(tenantB)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(clientA.readAudit(tenantB)).rejects.toBeInstanceOf(ForbiddenError);
    const write: Commit = {
      tenant: tenantB,
      baseRevision: 1,
      changes: [{ collection: 'orgs', id: 'street', value: null }],
      audit: { actorId: 'alice', at, command: 'test.write', patches: [] },
    };
    await expect(clientA.commit(write)).rejects.toMatchObject({ kind: 'forbidden', rule: { id: 'rest.tenantScope' } });
    expect({ state: await backing.load(tenantB), audit: await backing.readAudit(tenantB) }).toEqual(before);
    const raw = await testHandler(backing)(requestOf('GET', `/tenants/${tenantB}/state`, { as: alice }));
    expect(raw.status).toBe(403);
    expect(await raw.text()).not.toContain('芗城区');
  });

  it('sends validation errors typed, in both languages, naming the field', async () => {
    const member = { ...streetRecords.members[0]!, name: '' };
    const error = await clientA
      .commit({
        tenant: tenantA,
        baseRevision: 1,
        changes: [{ collection: 'members', id: 'm1', value: member }],
        audit: { actorId: 'alice', at, command: 'test.write', patches: [] },
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ code: 'input.invalid', field: 'changes.0.value.name' });
    const { text } = error as ValidationError;
    expect(text['zh-CN']).toContain('changes.0.value.name');
    expect(text.en).toContain('changes.0.value.name');
    expect(text['zh-CN']).not.toEqual(text.en);
    expect(await backing.readAudit(tenantA)).toHaveLength(1);
  });

  it.each([
    ['an unknown collection', [{ collection: 'nonsense', id: 'x', value: null }], {}, 'changes.0.collection'],
    [
      'an entity whose id is not the change id',
      [{ collection: 'orgs', id: 'b9', value: branchB1 }],
      {},
      'changes.0.value.id',
    ],
    [
      'the same entity twice',
      [
        { collection: 'orgs', id: 'b1', value: null },
        { collection: 'orgs', id: 'b1', value: branchB1 },
      ],
      {},
      'changes.1.id',
    ],
    ['a NUL character in a patch', [], { patches: [{ op: 'add', path: ['x'], value: 'a\u0000b' }] }, 'audit.patches.0'],
    ['a time without offset', [], { at: '2026-11-23 10:00' }, 'audit.at'],
  ])('refuses %s with 400 naming the field', async (_case, changes, audit, field) => {
    const body = commitBody(1, changes as Commit['changes'], audit);
    const response = await testHandler(backing)(requestOf('POST', `/tenants/${tenantA}/commits`, { as: alice, body }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ kind: 'validation', field });
    expect(await backing.readAudit(tenantA)).toHaveLength(1);
  });

  it('records the authenticated actor in the audit, whatever the body claims', async () => {
    const body = commitBody(1, [], { actorId: 'intruder' });
    const response = await testHandler(backing)(requestOf('POST', `/tenants/${tenantA}/commits`, { as: alice, body }));
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ revision: 2, auditSeq: 2 });
    expect((await backing.readAudit(tenantA, { afterSeq: 1 }))[0]).toMatchObject({ actorId: 'alice', at });
  });

  it('stamps the audit with the server clock when given one', async () => {
    const handler = testHandler(backing, { clock: fixedClock('2026-12-01T00:00:00.000Z') });
    const response = await handler(
      requestOf('POST', `/tenants/${tenantA}/commits`, { as: alice, body: commitBody(1, []) }),
    );
    expect(response.status).toBe(201);
    expect((await backing.readAudit(tenantA, { afterSeq: 1 }))[0]!.at).toBe('2026-12-01T00:00:00.000Z');
  });

  it('sends a stale revision as 409, which the client rebuilds as ConflictError', async () => {
    const stale: Commit = {
      tenant: tenantA,
      baseRevision: 0,
      changes: [],
      audit: { actorId: 'alice', at, command: 'test.write', patches: [] },
    };
    const error = await clientA.commit(stale).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ code: 'store.conflict', details: { expected: 0, actual: 1 } });
  });

  it('refuses a body over the limit (413), a body that is not JSON (415) and JSON that does not parse (400)', async () => {
    const handler = testHandler(backing, { maxBodyBytes: 1024 });
    const big = commitBody(1, [], { command: 'x'.repeat(2000) });
    const post = (body: unknown, headers?: Record<string, string>) =>
      handler(requestOf('POST', `/tenants/${tenantA}/commits`, { as: alice, body, ...(headers && { headers }) }));
    expect((await post(big)).status).toBe(413);
    expect((await post(JSON.stringify(big), { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await post('{"baseRevision":')).status).toBe(400);
    // Streamed without a length: counted as it arrives.
    const bytes = new TextEncoder().encode(JSON.stringify(big));
    const stream = new ReadableStream({
      start(controller) {
        for (let offset = 0; offset < bytes.length; offset += 100)
          controller.enqueue(bytes.slice(offset, offset + 100));
        controller.close();
      },
    });
    const streamed = new Request(`${origin}/api/tenants/${tenantA}/commits`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [tenantHeader]: tenantA, [actorHeader]: 'alice' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    const response = await handler(streamed);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ kind: 'validation', text: { en: expect.stringContaining('1024') } });
    expect(await backing.readAudit(tenantA)).toHaveLength(1);
  });

  it('answers 413 over node:http too, before the client has sent the whole body', async () => {
    const limited = await serveOnLoopback(backing, { maxBodyBytes: 1024 });
    try {
      const response = await fetch(`${limited.url}/tenants/${tenantA}/commits`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [tenantHeader]: tenantA, [actorHeader]: 'alice' },
        body: JSON.stringify(commitBody(1, [], { command: 'x'.repeat(100_000) })),
      });
      expect(response.status).toBe(413);
      // The unread rest of the body does not wedge the connection for the next request.
      const next = await fetch(`${limited.url}/tenants/${tenantA}/state`, {
        headers: { [tenantHeader]: tenantA, [actorHeader]: 'alice' },
        signal: AbortSignal.timeout(5000),
      });
      expect(next.status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('answers 404 for unknown routes and paths outside its base path', async () => {
    const handler = testHandler(backing);
    const outside = await handler(new Request(`${origin}/elsewhere/tenants/${tenantA}/state`));
    expect(outside.status).toBe(404);
    const wrongMethod = await handler(requestOf('DELETE', `/tenants/${tenantA}/state`, { as: alice }));
    expect(wrongMethod.status).toBe(404);
    expect(await wrongMethod.json()).toMatchObject({ kind: 'notFound', subject: { collection: 'route' } });
  });

  it('hides unexpected failures behind a bare 500, and tells onError', async () => {
    const failing: Store = {
      ...backing,
      load: () => Promise.reject(new Error('relation dj_entities: row 王秀英 13800000000')),
    };
    const onError = vi.fn();
    const response = await testHandler(failing, { onError })(
      requestOf('GET', `/tenants/${tenantA}/state`, { as: alice }),
    );
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toMatch(/王秀英|1380|dj_entities|Error:/);
    expect(JSON.parse(text)).toMatchObject({ name: 'InternalError', text: { 'zh-CN': expect.any(String) } });
    expect(onError).toHaveBeenCalledOnce();
    const failingServer = await serveOnLoopback(failing);
    try {
      const error = await clientFor(failingServer.url, tenantA, 'alice')
        .load(tenantA)
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(RestResponseError);
      expect(error).toMatchObject({ status: 500 });
    } finally {
      await failingServer.close();
    }
  });

  it('asks the authorize hook before the store is touched, and sends its refusal as 403', async () => {
    const commit = vi.spyOn(backing, 'commit');
    const refusal = new ForbiddenError({
      code: 'policy.forbidden',
      params: { action: 'commit', subject: 'orgs', reason: 'read-only' },
      rule: { id: 'portal.readOnly' },
    });
    const authorize = vi.fn(({ operation }: { operation: string }) => (operation === 'commit' ? refusal : undefined));
    const handler = testHandler(backing, { authorize });
    const body = commitBody(1, [{ collection: 'orgs', id: 'b1', value: null }]);
    const response = await handler(requestOf('POST', `/tenants/${tenantA}/commits`, { as: alice, body }));
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ rule: { id: 'portal.readOnly' } });
    expect(commit).not.toHaveBeenCalled();
    expect(authorize).toHaveBeenCalledWith(
      expect.objectContaining({
        identity: { tenant: tenantA, actorId: 'alice' },
        commit: expect.objectContaining({ tenant: tenantA, audit: expect.objectContaining({ actorId: 'alice' }) }),
      }),
    );
    expect((await handler(requestOf('GET', `/tenants/${tenantA}/state`, { as: alice }))).status).toBe(200);
  });

  it('pages the audit log, and the client follows the pages', async () => {
    const clock = new SimulatedClock(at);
    for (let revision = 1; revision <= 4; revision++) {
      clock.advance(1000);
      await backing.commit({
        tenant: tenantA,
        baseRevision: revision,
        changes: [],
        audit: { actorId: 'alice', at: clock.now(), command: 'test.write', patches: [] },
      });
    }
    const paged = await serveOnLoopback(backing, { maxAuditPage: 2 });
    try {
      const client = clientFor(paged.url, tenantA, 'alice');
      expect((await client.readAudit(tenantA)).map((record) => record.seq)).toEqual([1, 2, 3, 4, 5]);
      expect((await client.readAudit(tenantA, { afterSeq: 1, limit: 3 })).map((record) => record.seq)).toEqual([
        2, 3, 4,
      ]);
      const page = await fetch(`${paged.url}/tenants/${tenantA}/audit?afterSeq=2`, {
        headers: { [tenantHeader]: tenantA, [actorHeader]: 'alice' },
      });
      expect(await page.json()).toMatchObject({ hasMore: true, records: [{ seq: 3 }, { seq: 4 }] });
    } finally {
      await paged.close();
    }
  });

  it.each([
    ['limit=0', 'limit'],
    ['afterSeq=-1', 'afterSeq'],
    ['limit=1e3', 'limit'],
  ])('refuses the audit query %s with 400 naming %s', async (query, field) => {
    const response = await testHandler(backing)(requestOf('GET', `/tenants/${tenantA}/audit?${query}`, { as: alice }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ kind: 'validation', field });
  });
});
