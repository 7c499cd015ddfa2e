import { createPostgresStore } from '@dangjian/adapters/postgres';
import {
  ConflictError,
  IdSchema,
  SimulatedClock,
  Workspace,
  defineCommand,
  seedTenant,
  verifyAudit,
  type Store,
} from '@dangjian/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededAt, streetRecords, streetTenant } from '../fixtures/street.js';
import { createTestDatabase, type TestDatabase, testPool } from './targets/postgres.js';
import { clientFor, serveOnLoopback, type LoopbackServer } from './targets/rest-server.js';

// Many writers, one tenant, through HTTP in front of a real PostgreSQL server. Each run reads a
// counter and writes it back plus one: the textbook lost update, if the revision check failed.

const tenant = streetTenant;
const writers = 20;

/** A read-modify-write: bumps an org's `position` by one. */
const bump = defineCommand({
  type: 'test.bump',
  input: IdSchema,
  run(tx, orgId) {
    tx.update('orgs', orgId, (org) => {
      org.position = (org.position ?? 0) + 1;
    });
  },
});

let conflicts = 0;

/** Counts the commits the store refused as stale, to show the writers really collided. */
function countingConflicts(inner: Store): Store {
  return {
    load: (tenant) => inner.load(tenant),
    commit: (commit) =>
      inner.commit(commit).catch((error: unknown) => {
        if (error instanceof ConflictError) conflicts++;
        throw error;
      }),
    readAudit: (tenant, query) => inner.readAudit(tenant, query),
    close: () => inner.close(),
  };
}

describe('REST handler: concurrent writers on PostgreSQL', () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let store: Store;
  let server: LoopbackServer;

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = testPool({ connectionString: database.url, max: 10 });
    store = await createPostgresStore({ pool });
    server = await serveOnLoopback(countingConflicts(store));
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
    await pool?.end();
    await database?.drop();
  });

  it(`loses no update among ${writers} workspaces writing at once, and keeps the audit chain valid`, async () => {
    await seedTenant(store, tenant, streetRecords, { actorId: 'seed', at: seededAt });
    const clock = new SimulatedClock('2026-11-23T05:00:00.000Z');
    const workspaces = await Promise.all(
      Array.from({ length: writers }, (_, index) =>
        Workspace.open({
          store: clientFor(server.url, tenant, `writer-${index}`),
          tenant,
          clock,
          actor: { id: `writer-${index}` },
        }),
      ),
    );
    const results = await Promise.all(
      workspaces.map((workspace) => workspace.run(bump, 'b1', { retryOnConflict: writers * 2 })),
    );
    expect(results.filter((result) => !result.ok)).toEqual([]);
    // All started from revision 1 and only one commit can land on it: the rest conflicted and retried.
    expect(conflicts).toBeGreaterThanOrEqual(writers - 1);

    const state = await store.load(tenant);
    expect(state.revision).toBe(1 + writers);
    expect(state.records.orgs?.find((org) => org.id === 'b1')?.position).toBe(writers);
    const audit = await store.readAudit(tenant);
    expect(audit.map((record) => record.seq)).toEqual(Array.from({ length: writers + 1 }, (_, index) => index + 1));
    expect(verifyAudit(audit, { revision: state.revision })).toEqual([]);
    // Each writer is in the log exactly once, under the identity the server authenticated.
    const actors = audit.slice(1).map((record) => record.actorId);
    expect(new Set(actors).size).toBe(writers);
    expect(actors.every((actor) => actor.startsWith('writer-'))).toBe(true);
  });
});
