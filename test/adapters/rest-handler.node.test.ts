import { createMemoryStore } from '@dangjian/adapters/memory';
import { RestResponseError } from '@dangjian/adapters/rest';
import {
  ForbiddenError,
  NotFoundError,
  ValidationError,
  fixedClock,
  seedTenant,
  verifyAudit,
  type Store,
} from '@dangjian/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { identities, scopedAt, scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';
import { otherTenant } from '../fixtures/street.js';
import {
  backendFor,
  credentials,
  serveOnLoopback,
  testHandler,
  type LoopbackServer,
  type TestIdentity,
} from './targets/rest-server.js';

// What the conformance suite cannot see through REST: credentials, tenant binding, the wire
// form of errors, body limits and the handler's own options.

const tenantA = scopedTenant;
const tenantB = otherTenant;
const origin = 'http://dangjian.test';
const admin: TestIdentity = { tenant: tenantA, ...identities.streetAdmin };
const district: TestIdentity = { tenant: tenantA, ...identities.districtAdmin };

interface SendInit {
  readonly as?: TestIdentity;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

function requestOf(method: string, path: string, init: SendInit = {}): Request {
  const headers = new Headers(init.headers);
  if (init.as) for (const [name, value] of Object.entries(credentials(init.as))) headers.set(name, value);
  if (init.body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
  const body = typeof init.body === 'string' || init.body === undefined ? init.body : JSON.stringify(init.body);
  return new Request(`${origin}/api${path}`, { method, headers, ...(body !== undefined && { body }) });
}

const rename = (name: string) => ({ type: 'org.rename', input: { orgId: 'b1', name } });
const commandsOf = (tenant: string) => `/tenants/${tenant}/commands`;

describe('REST handler', () => {
  let backing: Store;
  let server: LoopbackServer;

  beforeAll(async () => {
    backing = createMemoryStore();
    server = await serveOnLoopback({
      load: (tenant) => backing.load(tenant),
      commit: (commit) => backing.commit(commit),
      readAudit: (tenant, query) => backing.readAudit(tenant, query),
      close: async () => {},
    });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    backing = createMemoryStore();
    await seedTenant(backing, tenantA, scopedRecords, { actorId: 'seed', at: scopedAt });
    const other = { ...scopedRecords.orgs[0]!, name: '芗城区某街道党工委' };
    await seedTenant(backing, tenantB, { orgs: [other] }, { actorId: 'seed', at: scopedAt });
  });

  it('runs a command: the server builds the audit record (actor authenticated, its own clock, its own patches)', async () => {
    const handler = testHandler(backing, { clock: fixedClock('2026-12-01T00:00:00.000Z') });
    const response = await handler(
      requestOf('POST', commandsOf(tenantA), { as: admin, body: rename('第一网格党支部') }),
    );
    expect(response.status).toBe(200);
    const reply = await response.json();
    expect(reply).toMatchObject({
      revision: 2,
      auditSeq: 2,
      patches: [{ op: 'replace', path: ['orgs', 'b1', 'name'], value: '第一网格党支部' }],
      changes: [{ collection: 'orgs', id: 'b1', value: { name: '第一网格党支部' } }],
      events: [{ type: 'org.renamed', actorId: 'street-1', at: '2026-12-01T00:00:00.000Z' }],
    });
    const [record] = await backing.readAudit(tenantA, { afterSeq: 1 });
    expect(record).toMatchObject({ actorId: 'street-1', at: '2026-12-01T00:00:00.000Z', command: 'org.rename' });
    expect(record!.patches).toEqual(reply.patches);
    expect(verifyAudit(await backing.readAudit(tenantA), { revision: 2 })).toEqual([]);
  });

  it('answers 401 without credentials, with a challenge and a typed error in both languages', async () => {
    const response = await testHandler(backing)(requestOf('GET', `/tenants/${tenantA}/state`));
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    const body = await response.json();
    expect(body).toMatchObject({ name: 'DangjianError', kind: 'forbidden', rule: { id: 'rest.authenticate' } });
    expect(body.text['zh-CN']).toContain('身份认证');
    expect(body.text.en).toContain('not authenticated');
    const anonymous = backendFor(server.url, { tenant: '', id: '' });
    await expect(anonymous.load(tenantA, { id: 'x' })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('keeps a tenant-A actor out of tenant B: 403 for state, commands and audit, and B is unchanged', async () => {
    const before = { state: await backing.load(tenantB), audit: await backing.readAudit(tenantB) };
    const handler = testHandler(backing);
    for (const request of [
      requestOf('GET', `/tenants/${tenantB}/state`, { as: district }),
      requestOf('GET', `/tenants/${tenantB}/audit`, { as: district }),
      requestOf('POST', commandsOf(tenantB), {
        as: district,
        body: { type: 'org.dissolve', input: { orgId: 'street' } },
      }),
    ]) {
      const response = await handler(request);
      expect(response.status).toBe(403);
      const text = await response.text();
      expect(JSON.parse(text)).toMatchObject({ kind: 'forbidden', rule: { id: 'rest.tenantScope' } });
      expect(text).not.toContain('芗城区');
    }
    expect({ state: await backing.load(tenantB), audit: await backing.readAudit(tenantB) }).toEqual(before);
  });

  it.each([
    ['', 'an empty tenant', 404],
    ['32040%27%3B--', 'SQL metacharacters', 400],
    ['3'.repeat(2000), '2,000 digits', 400],
    ['320402%0A', 'a trailing newline', 400],
  ])('refuses a malformed tenant in the path (%s: %s) before touching the store', async (tenant, _case, status) => {
    const load = vi.spyOn(backing, 'load');
    const response = await testHandler(backing)(
      requestOf('GET', `/tenants/${tenant}/state`, { as: { ...district, tenant: '320402' } }),
    );
    expect(response.status).toBe(status);
    const body = await response.text();
    if (status === 400) expect(JSON.parse(body)).toMatchObject({ code: 'tenant.invalid', field: 'tenant' });
    expect(body).not.toContain('33333333333');
    expect(load).not.toHaveBeenCalled();
  });

  it('sends validation errors typed, in both languages, naming the field, and writes nothing', async () => {
    const response = await testHandler(backing)(
      requestOf('POST', commandsOf(tenantA), { as: admin, body: rename('') }),
    );
    expect(response.status).toBe(400);
    const error = await response.json();
    expect(error).toMatchObject({ kind: 'validation', field: 'name' });
    expect(error.text['zh-CN']).not.toEqual(error.text.en);
    const client = backendFor(server.url, admin);
    const result = await client.run(tenantA, { id: 'x' }, rename(''));
    expect(result.ok || result.error).toBeInstanceOf(ValidationError);
    expect(await backing.readAudit(tenantA)).toHaveLength(1);
  });

  it.each([
    ['an unknown key in the body', { ...rename('甲'), audit: { at: '2016-01-01T00:00:00Z' } }, 'audit'],
    [
      'an unknown key in the input',
      { type: 'org.rename', input: { orgId: 'b1', name: '甲', parentId: 'g1' } },
      'parentId',
    ],
    [
      'an unknown key nested in the input',
      {
        type: 'member.update',
        input: { memberId: 'm1', residence: { building: '3', communityOrgId: 'c1', sneaky: true } },
      },
      'residence.sneaky',
    ],
    ['a NUL character', rename('a\u0000b'), ''],
    ['a negative expected revision', { ...rename('甲'), expectedRevision: -1 }, 'expectedRevision'],
  ])('refuses %s with 400 naming the field', async (_case, body, field) => {
    const response = await testHandler(backing)(requestOf('POST', commandsOf(tenantA), { as: admin, body }));
    expect(response.status).toBe(400);
    const error = await response.json();
    expect(error).toMatchObject({ name: 'DangjianError', kind: 'validation' });
    if (field) expect(error.field).toBe(field);
    expect(await backing.readAudit(tenantA)).toHaveLength(1);
  });

  it('answers an unknown command type with 404 naming the type', async () => {
    const response = await testHandler(backing)(
      requestOf('POST', commandsOf(tenantA), { as: admin, body: { type: 'tenant.seed', input: {} } }),
    );
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'command.unknown', field: 'type' });
    const client = backendFor(server.url, admin);
    const result = await client.run(tenantA, { id: 'x' }, { type: 'nonsense', input: {} });
    expect(result.ok || result.error).toBeInstanceOf(NotFoundError);
  });

  it('answers a body nested 2,500 deep with a typed 400, not a 500', async () => {
    let input: unknown = 'x';
    for (let depth = 0; depth < 2500; depth++) input = { nested: input };
    const response = await testHandler(backing)(
      requestOf('POST', commandsOf(tenantA), { as: admin, body: { type: 'org.rename', input } }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ kind: 'validation', code: 'input.tooDeep' });
    let array: unknown = [];
    for (let depth = 0; depth < 2500; depth++) array = [array];
    const deepArray = await testHandler(backing)(requestOf('POST', commandsOf(tenantA), { as: admin, body: array }));
    expect(deepArray.status).toBe(400);
  });

  it('has no route that writes entity changes: the old commit route is a 404', async () => {
    const body = { baseRevision: 1, changes: [{ collection: 'orgs', id: 'b1', value: null }], audit: {} };
    const response = await testHandler(backing)(
      requestOf('POST', `/tenants/${tenantA}/commits`, { as: district, body }),
    );
    expect(response.status).toBe(404);
    expect((await backing.load(tenantA)).revision).toBe(1);
  });

  it('refuses a body over the limit (413), a body that is not JSON (415) and JSON that does not parse (400)', async () => {
    const handler = testHandler(backing, { maxBodyBytes: 1024 });
    const big = rename('x'.repeat(2000));
    const post = (body: unknown, headers?: Record<string, string>) =>
      handler(requestOf('POST', commandsOf(tenantA), { as: admin, body, ...(headers && { headers }) }));
    expect((await post(big)).status).toBe(413);
    expect((await post(JSON.stringify(big), { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await post('{"type":')).status).toBe(400);
    expect(await backing.readAudit(tenantA)).toHaveLength(1);
  });

  it('answers 413 over node:http too, before the client has sent the whole body', async () => {
    const limited = await serveOnLoopback(backing, { maxBodyBytes: 1024 });
    try {
      const response = await fetch(`${limited.url}${commandsOf(tenantA)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...credentials(admin) },
        body: JSON.stringify(rename('x'.repeat(100_000))),
      });
      expect(response.status).toBe(413);
      // The unread rest of the body does not wedge the connection for the next request.
      const next = await fetch(`${limited.url}/tenants/${tenantA}/state`, {
        headers: credentials(admin),
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
    const wrongMethod = await handler(requestOf('DELETE', `/tenants/${tenantA}/state`, { as: admin }));
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
      requestOf('GET', `/tenants/${tenantA}/state`, { as: admin }),
    );
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toMatch(/王秀英|1380|dj_entities|Error:/);
    expect(JSON.parse(text)).toMatchObject({ name: 'InternalError', text: { 'zh-CN': expect.any(String) } });
    expect(onError).toHaveBeenCalledOnce();
    const failingServer = await serveOnLoopback(failing);
    try {
      const error = await backendFor(failingServer.url, admin)
        .load(tenantA, { id: 'x' })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(RestResponseError);
      expect(error).toMatchObject({ status: 500 });
    } finally {
      await failingServer.close();
    }
  });

  it('pages the audit log for an actor who may read it, and the client follows the pages', async () => {
    for (let n = 1; n <= 4; n++) {
      const response = await testHandler(backing)(
        requestOf('POST', commandsOf(tenantA), { as: admin, body: rename(`名称${n}`) }),
      );
      expect(response.status).toBe(200);
    }
    const paged = await serveOnLoopback(backing, { maxAuditPage: 2 });
    try {
      const client = backendFor(paged.url, admin);
      expect((await client.readAudit(tenantA, { id: 'x' })).map((record) => record.seq)).toEqual([1, 2, 3, 4, 5]);
      const some = await client.readAudit(tenantA, { id: 'x' }, { afterSeq: 1, limit: 3 });
      expect(some.map((record) => record.seq)).toEqual([2, 3, 4]);
      const page = await fetch(`${paged.url}/tenants/${tenantA}/audit?afterSeq=2`, { headers: credentials(admin) });
      expect(await page.json()).toMatchObject({ hasMore: true, records: [{ seq: 3 }, { seq: 4 }] });
    } finally {
      await paged.close();
    }
  });

  it('refuses the audit log to an actor whose roles do not read it', async () => {
    const secretary = { tenant: tenantA, ...identities.branchSecretary };
    const response = await testHandler(backing)(requestOf('GET', `/tenants/${tenantA}/audit`, { as: secretary }));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('王秀英');
  });

  it.each([
    ['limit=0', 'limit'],
    ['afterSeq=-1', 'afterSeq'],
    ['limit=1e3', 'limit'],
    ['since=3', 'since'],
  ])('refuses the audit query %s with 400 naming %s', async (query, field) => {
    const response = await testHandler(backing)(requestOf('GET', `/tenants/${tenantA}/audit?${query}`, { as: admin }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ kind: 'validation', field });
  });
});
