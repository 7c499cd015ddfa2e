import { createMemoryStore } from '@dangjian/adapters/memory';
import {
  SimulatedClock,
  Workspace,
  allowAll,
  memberPage,
  ReadView,
  registerMember,
  seedTenant,
  type Member,
  type Store,
} from '@dangjian/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identities, scopedAt, scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';
import {
  credentials,
  remoteWorkspace,
  serveOnLoopback,
  testHandler,
  type LoopbackServer,
} from './targets/rest-server.js';

// Reads a browser needs, paged, filtered and sorted on the server: a roster page by subtree,
// category, stage or name; one member; an org's subtree. Checked against a hand-made roster.

const tenant = scopedTenant;
const clock = new SimulatedClock('2026-11-23T10:00:00+08:00');

/** 24 more members in b1 and b2: numbered names to check natural order, a few seniors, a few applicants. */
const extra: Member[] = Array.from({ length: 24 }, (_, n) => ({
  id: `x${n + 1}`,
  name: `党员${n + 1}`,
  gender: n % 2 ? 'male' : 'female',
  birthDate: n < 6 ? `194${n}-01-01` : `198${n % 10}-06-0${(n % 9) + 1}`,
  stage: n % 8 === 7 ? 'applicant' : 'full',
  relationOrgId: n % 3 === 0 ? 'b2' : 'b1',
  managingOrgId: n % 3 === 0 ? 'b2' : 'b1',
}));

describe('REST handler: paged reads', () => {
  let store: Store;
  let server: LoopbackServer;

  beforeAll(async () => {
    store = createMemoryStore();
    await seedTenant(
      store,
      tenant,
      { ...scopedRecords, members: [...scopedRecords.members, ...extra] },
      {
        actorId: 'seed',
        at: scopedAt,
      },
    );
    server = await serveOnLoopback(store, { clock });
  });
  afterAll(() => server.close());

  const page = async (who: keyof typeof identities, search: string) => {
    const response = await fetch(`${server.url}/tenants/${tenant}/members?${search}`, {
      headers: credentials({ tenant, ...identities[who] }),
    });
    return { status: response.status, body: await response.json() };
  };

  it('cuts a page in natural name order, with the total, and masks it', async () => {
    const { status, body } = await page('streetAdmin', 'q=党员&limit=5&offset=8');
    expect(status).toBe(200);
    expect(body.total).toBe(24);
    expect(body.items.map((member: Member) => member.name)).toEqual(['党员9', '党员10', '党员11', '党员12', '党员13']);
    const all = await page('streetAdmin', 'limit=500');
    expect(JSON.stringify(all.body)).not.toMatch(/1[3-9]\d{9}/);
  });

  it("filters by an org's subtree, a stage and a category, inside the reader's scope", async () => {
    const b2 = await page('streetAdmin', 'org=b2&limit=500');
    const expectedB2 = [...scopedRecords.members, ...extra].filter(
      (m) => m.relationOrgId === 'b2' || m.managingOrgId === 'b2',
    );
    expect(b2.body.items.map((member: Member) => member.id).sort()).toEqual(expectedB2.map((m) => m.id).sort());
    const applicants = await page('streetAdmin', 'stage=applicant&limit=500');
    expect(applicants.body.items.map((member: Member) => member.id).sort()).toEqual(
      extra
        .filter((m) => m.stage === 'applicant')
        .map((m) => m.id)
        .sort(),
    );
    const seniors = await page('streetAdmin', 'category=senior&limit=500');
    // 60 or older on 2026-11-23: born before 1966-11-24.
    const expectedSeniors = [...scopedRecords.members, ...extra].filter((m) => m.birthDate < '1966-11-24');
    expect(seniors.body.items.map((member: Member) => member.id).sort()).toEqual(
      expectedSeniors.map((m) => m.id).sort(),
    );
    // A branch secretary of b1 asking for b2 gets nothing it may not read.
    const outside = await page('branchSecretary', 'org=b2&limit=500');
    expect(outside.body.total).toBe(0);
    const own = await page('branchSecretary', 'limit=500');
    expect(
      own.body.items.every(
        (member: Member) =>
          member.relationOrgId === 'b1' || member.managingOrgId === 'b1' || member.managingOrgId === 'g1',
      ),
    ).toBe(true);
  });

  it('sorts by age and by id, both ways, and refuses an unknown or malformed parameter', async () => {
    const byAge = await page('streetAdmin', 'sort=age&order=desc&limit=3');
    expect(byAge.body.items.map((member: Member) => member.birthDate)).toEqual([
      '1940-01-01',
      '1941-01-01',
      '1942-01-01',
    ]);
    const byId = await page('streetAdmin', 'sort=id&q=x&limit=3');
    expect(byId.body.items.map((member: Member) => member.id)).toEqual(['x1', 'x2', 'x3']);
    for (const bad of ['limit=0', 'limit=1e3', 'offset=-1', 'sort=salary', 'since=3', 'stage=boss']) {
      const refused = await page('streetAdmin', bad);
      expect(refused.status, bad).toBe(400);
      expect(refused.body).toMatchObject({ name: 'DangjianError', kind: 'validation' });
    }
  });

  it('gives one member, and the same 404 for "none" and "not yours"', async () => {
    const get = (who: keyof typeof identities, id: string) =>
      testHandler(store)(
        new Request(`http://dangjian.test/api/tenants/${tenant}/members/${id}`, {
          headers: credentials({ tenant, ...identities[who] }),
        }),
      );
    const own = await get('branchSecretary', 'm1');
    expect(own.status).toBe(200);
    expect((await own.json()).phone).toBe('139****1111');
    const notYours = await get('branchSecretary', 'm4');
    const none = await get('branchSecretary', 'nobody');
    expect(notYours.status).toBe(404);
    expect(none.status).toBe(404);
    expect(Object.keys(await notYours.json()).sort()).toEqual(Object.keys(await none.json()).sort());
  });

  it("gives an org's subtree", async () => {
    const response = await testHandler(store)(
      new Request(`http://dangjian.test/api/tenants/${tenant}/orgs/c1/subtree`, {
        headers: credentials({ tenant, ...identities.streetAdmin }),
      }),
    );
    expect((await response.json()).orgs.map((org: { id: string }) => org.id).sort()).toEqual(['b1', 'b2', 'c1', 'g1']);
  });

  it('gives the same page through a REST workspace as a local one computes', async () => {
    const remote = await remoteWorkspace(server.url, { tenant, ...identities.districtAdmin });
    const local = await Workspace.open({ store, tenant, clock, actor: { id: 'local', roles: [] } });
    const query = { org: 'c1', sort: 'name' as const, limit: 7, offset: 3 };
    const fromServer = await remote.members(query);
    const here = await local.members(query);
    expect(fromServer.items.map((m) => m.id)).toEqual(here.items.map((m) => m.id));
    expect(fromServer.total).toBe(here.total);
    const direct = memberPage(
      new ReadView(allowAll, { id: 'x', roles: [] }, local.snapshot),
      { ...query, order: 'asc', q: undefined, stage: undefined, category: undefined } as never,
      { asOf: clock.now() },
    );
    expect(direct.total).toBe(here.total);
  });

  it('loads the state without members for a paging client, with counts and classifications from the server', async () => {
    const { createRestBackend } = await import('@dangjian/adapters/rest');
    const backend = createRestBackend({
      baseUrl: server.url,
      headers: credentials({ tenant, ...identities.branchSecretary }),
      members: 'paged',
    });
    const workspace = await Workspace.open({ backend, tenant, actor: { id: 'b1-secretary' } });
    expect(workspace.pagesMembers).toBe(true);
    expect(workspace.snapshot.members.size).toBe(0);
    expect(workspace.snapshot.orgs.size).toBeGreaterThan(0);
    // Counts only what a secretary of b1 may read: b1's members, and g1's within them.
    const visible = [...scopedRecords.members, ...extra].filter(
      (m) =>
        m.stage !== 'applicant' && (m.relationOrgId === 'b1' || m.managingOrgId === 'b1' || m.managingOrgId === 'g1'),
    );
    expect(workspace.memberCounts?.get('b1')?.members).toBe(visible.filter((m) => m.relationOrgId === 'b1').length);
    expect(workspace.memberCounts?.get('b2')?.members ?? 0).toBe(0);
    const page = await workspace.members({ sort: 'name', limit: 3, category: 'senior' });
    expect(page.classifications).toHaveLength(page.items.length);
    for (const [at, classification] of page.classifications.entries()) {
      expect(classification.memberId).toBe(page.items[at]!.id);
      expect(classification.categories.map((result) => result.yields)).toContain('senior');
    }
    // A command refreshes the counts the tree shows.
    const registered = await workspace.run(registerMember, {
      id: 'm-new',
      name: '新党员',
      gender: 'male',
      birthDate: '1999-01-01',
      stage: 'full',
      relationOrgId: 'b1',
    });
    expect(registered.ok).toBe(true);
    expect(workspace.snapshot.members.size).toBe(0);
    expect(workspace.memberCounts?.get('b1')?.members).toBe(visible.filter((m) => m.relationOrgId === 'b1').length + 1);
    const refused = await fetch(`${server.url}/tenants/${tenant}/state?members=all`, {
      headers: credentials({ tenant, ...identities.streetAdmin }),
    });
    expect(refused.status).toBe(400);
  });

  it('leaves archived members out of the roster unless asked', async () => {
    const archived = await testHandler(store)(
      new Request(`http://dangjian.test/api/tenants/${tenant}/commands`, {
        method: 'POST',
        headers: { ...credentials({ tenant, ...identities.districtAdmin }), 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'member.archive',
          input: { memberId: 'x2', status: 'deceased', on: '2026-11-01' },
        }),
      }),
    );
    expect(archived.status).toBe(200);
    const active = await page('streetAdmin', 'q=党员2&limit=50');
    const all = await page('streetAdmin', 'q=党员2&limit=50&status=all');
    expect(active.body.items.map((m: Member) => m.id)).not.toContain('x2');
    expect(all.body.items.map((m: Member) => m.id)).toContain('x2');
  });
});
