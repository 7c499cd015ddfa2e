import { PgDriver, createPostgresStore, grantRuntimeRole, type PostgresStore } from '@dangjian/adapters/postgres';
import { restRoutes } from '@dangjian/adapters/rest';
import { Workspace, seedTenant, type Store } from '@dangjian/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identities, scopedAt, scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';
import { createTestDatabase, onServerRun, testPool, urlAs, type TestDatabase } from '../adapters/targets/postgres.js';
import { credentials, serveOnLoopback, type LoopbackServer } from '../adapters/targets/rest-server.js';
import { recordFigure } from './support/figures.js';
import { leakedMarkers, tenantB, tenantBMembers, tenantBOrgs, tenantBRecords } from './support/other-tenant.js';

// Cross-tenant reads: every identity of tenant A asks for tenant B through every REST route (B's
// tenant in the path, or B's ids under A's own tenant), and a store bound to A (the runtime role,
// under Row-Level Security) is asked for B through every read it has. Whatever comes back is
// searched for B's ids, names, ID numbers and phones: each one found is a leaked record.

const tenantA = scopedTenant;
const suffix = Math.random().toString(36).slice(2, 10);
const password = Math.random().toString(36).slice(2);
const ownerRole = `dj_rel_owner_${suffix}`;
const appRole = `dj_rel_app_${suffix}`;

/** Every GET and POST a client could send for tenant B's data while logged in to tenant A. */
function requestsForB(): { label: string; method: 'GET' | 'POST'; path: string; body?: string }[] {
  const ids = [...tenantBOrgs.map((org) => org.id), ...tenantBMembers.map((member) => member.id)];
  const requests: { label: string; method: 'GET' | 'POST'; path: string; body?: string }[] = [];
  for (const [operation, route] of Object.entries(restRoutes)) {
    if (operation === 'openApi') continue;
    for (const tenant of [tenantB, tenantA]) {
      const entityIds = route.path.includes('{id}') ? ids : [''];
      for (const id of entityIds) {
        const path = route.path.replace('{tenant}', tenant).replace('{id}', encodeURIComponent(id));
        if (route.method === 'POST') {
          // A write is a read too when its refusal or result echoes what it touched.
          const body = JSON.stringify({ type: 'member.addSkill', input: { memberId: 'tb-m1', skill: '窥探' } });
          requests.push({ label: `${operation} ${tenant}`, method: 'POST', path, body });
        } else {
          requests.push({ label: `${operation} ${tenant} ${id}`, method: 'GET', path });
          if (operation === 'members')
            for (const org of tenantBOrgs)
              requests.push({ label: `members ${tenant} org=${org.id}`, method: 'GET', path: `${path}?org=${org.id}` });
        }
      }
    }
  }
  return requests;
}

describe('cross-tenant reads: an actor of tenant A sees nothing of tenant B', () => {
  let database: TestDatabase;
  let ownerPool: pg.Pool;
  let appPool: pg.Pool;
  let owner: PostgresStore;
  let appA: PostgresStore;
  let server: LoopbackServer;
  const tally = { restRequests: 0, restAnswered200: 0, storeReads: 0, restLeakedRecords: 0, storeLeakedRecords: 0 };

  beforeAll(async () => {
    database = await createTestDatabase();
    for (const role of [ownerRole, appRole]) await onServerRun(`CREATE ROLE ${role} LOGIN PASSWORD '${password}'`);
    await onServerRun(`GRANT CREATE ON SCHEMA public TO ${ownerRole}`).catch(() => undefined);
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(`GRANT CREATE ON SCHEMA public TO ${ownerRole}`);
    await admin.end();
    ownerPool = testPool({ connectionString: urlAs(database.url, ownerRole, password) });
    appPool = testPool({ connectionString: urlAs(database.url, appRole, password) });
    owner = await createPostgresStore({ pool: ownerPool });
    await grantRuntimeRole(new PgDriver(ownerPool), appRole);
    await seedTenant(owner, tenantA, scopedRecords, { actorId: 'seed', at: scopedAt });
    await seedTenant(owner, tenantB, tenantBRecords, { actorId: 'seed', at: scopedAt });
    // The server runs as the runtime role, unbound: the handler's own tenant check is what is measured.
    appA = await createPostgresStore({ pool: appPool, tenant: tenantA });
    server = await serveOnLoopback(await createPostgresStore({ pool: appPool }));
  });

  afterAll(async () => {
    recordFigure('cross-tenant', {
      title: 'Cross-tenant reads',
      setup:
        'two tenants on PostgreSQL 15; every identity of tenant A (8 roles) sends every REST route for tenant B (B in the path, or B’s ids under A’s path); a store bound to A as the runtime role (Row-Level Security) reads B through load, readAudit and a Workspace',
      counts: tally,
      mustBeZero: ['restLeakedRecords', 'storeLeakedRecords'],
    });
    await server?.close();
    await Promise.all([owner?.close(), appA?.close()]);
    await Promise.all([ownerPool?.end(), appPool?.end()]);
    await database?.drop();
    for (const role of [ownerRole, appRole]) await onServerRun(`DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
  });

  it('through every REST route, for every role: no record of B in any answer', async () => {
    const requests = requestsForB();
    for (const identity of Object.values(identities)) {
      const headers = credentials({ tenant: tenantA, ...identity });
      for (const request of requests) {
        const response = await fetch(`${server.url}${request.path}`, {
          method: request.method,
          headers: { ...headers, ...(request.body && { 'content-type': 'application/json' }) },
          ...(request.body && { body: request.body }),
        });
        const text = await response.text();
        tally.restRequests++;
        if (response.status === 200) tally.restAnswered200++;
        const leaked = leakedMarkers(text, decodeURIComponent(request.path) + (request.body ?? ''));
        tally.restLeakedRecords += leaked;
        expect(leaked, `${identity.id}: ${request.label}`).toBe(0);
      }
    }
    // The routes really answer A's own data: the zero above is not a server that answers nothing.
    expect(tally.restAnswered200).toBeGreaterThan(0);
  });

  it('through a store bound to A (runtime role, RLS): load, readAudit and a Workspace show nothing of B', async () => {
    const reads: (() => Promise<unknown>)[] = [
      () => appA.load(tenantB),
      () => appA.readAudit(tenantB),
      () => appA.readAudit(tenantB, { afterSeq: 0, limit: 100 }),
      () => appA.load(tenantA),
      () => appA.readAudit(tenantA),
      () =>
        Workspace.open({
          store: appA as Store,
          tenant: tenantB,
          clock: { now: () => scopedAt },
          actor: { id: 'a-admin', roles: ['districtAdmin'] },
        }).then((w) => w.snapshot),
    ];
    for (const read of reads) {
      const text = await read().then(
        (value) => JSON.stringify(value, (_key, each: unknown) => (each instanceof Map ? [...each] : each)),
        (error: unknown) => JSON.stringify(error),
      );
      tally.storeReads++;
      const leaked = leakedMarkers(text);
      tally.storeLeakedRecords += leaked;
      expect(leaked).toBe(0);
    }
    // The owner, unbound, does see B: the markers would be found if they leaked.
    expect(leakedMarkers(JSON.stringify(await owner.load(tenantB)))).toBeGreaterThan(0);
  });
});
