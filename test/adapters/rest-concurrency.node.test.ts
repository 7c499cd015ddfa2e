import { createPostgresStore } from '@dangjian/adapters/postgres';
import {
  ConflictError,
  SimulatedClock,
  Workspace,
  addSkill,
  seedTenant,
  updateMember,
  verifyAudit,
} from '@dangjian/core';
import pg from 'pg';
import { countingConflicts } from './support/counting-store.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { scopedAt, scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';
import { createTestDatabase, type TestDatabase, testPool } from './targets/postgres.js';
import { remoteWorkspace, serveOnLoopback, type LoopbackServer } from './targets/rest-server.js';

// Many writers, one member, on a real PostgreSQL server: the textbook lost update is each writer
// reading the member's skills and writing the list back with one more. It must be impossible:
// an intent (`member.addSkill`) lands for every writer; a list built from what a writer read
// (`member.update` with `skills`) either lands on the state it was built from or is refused.

const tenant = scopedTenant;
const writers = 16;
const admin = { tenant, id: 'district-1', roles: ['districtAdmin'] };

describe('concurrent writers on PostgreSQL', () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let store: ReturnType<typeof countingConflicts>;
  let servers: LoopbackServer[];

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = testPool({ connectionString: database.url, max: 10 });
    store = countingConflicts(await createPostgresStore({ pool }));
  });
  afterAll(async () => {
    await store?.close();
    await pool?.end();
    await database?.drop();
  });
  beforeEach(async () => {
    await pool.query('TRUNCATE dj_tenants, dj_entities, dj_audit');
    await seedTenant(store, tenant, scopedRecords, { actorId: 'seed', at: scopedAt });
    store.conflicts = 0;
    // Two server processes' worth of hosts on one database, started after the reset (a server
    // keeps its tenants warm, and a database emptied under it is not a thing it has to survive).
    servers = [await serveOnLoopback(store), await serveOnLoopback(store)];
  });
  afterEach(() => Promise.all(servers.map((server) => server.close())));

  const skillsOfM1 = async (): Promise<string[]> =>
    ((await store.load(tenant)).records.members?.find((member) => member.id === 'm1')?.skills ?? []).slice().sort();

  /** Each workspace reads m1's skills and writes the list back with one more: the textbook race. */
  const writeBackLists = (workspaces: readonly Workspace[]) =>
    Promise.all(
      workspaces.map((workspace, n) => {
        const read = workspace.snapshot.members.get('m1')?.skills ?? [];
        return workspace.run(
          updateMember,
          { memberId: 'm1', skills: [...read, `特长${n}`] },
          { retryOnConflict: writers },
        );
      }),
    );

  /** Every write reported as landed is still in the final list. */
  const noneLost = async (results: readonly { ok: boolean }[]): Promise<void> => {
    const landed = results.flatMap((result, n) => (result.ok ? [`特长${n}`] : []));
    expect(landed.length).toBeGreaterThanOrEqual(1);
    const skills = await skillsOfM1();
    for (const skill of landed) expect(skills).toContain(skill);
  };

  const auditHolds = async (): Promise<void> => {
    const state = await store.load(tenant);
    expect(verifyAudit(await store.readAudit(tenant), { revision: state.revision })).toEqual([]);
  };

  it(`${writers} local workspaces appending a skill at once: every append lands`, async () => {
    const clock = new SimulatedClock('2026-11-23T05:00:00.000Z');
    const workspaces = await Promise.all(
      Array.from({ length: writers }, (_, n) => Workspace.open({ store, tenant, clock, actor: { id: `w${n}` } })),
    );
    const results = await Promise.all(
      workspaces.map((workspace, n) =>
        workspace.run(addSkill, { memberId: 'm1', skill: `特长${n}` }, { retryOnConflict: writers }),
      ),
    );
    expect(results.filter((result) => !result.ok)).toEqual([]);
    expect(store.conflicts).toBeGreaterThan(0);
    expect(await skillsOfM1()).toEqual(Array.from({ length: writers }, (_, n) => `特长${n}`).sort());
    await auditHolds();
  });

  it(`${writers} local workspaces writing back a list they read: none is lost, the stale ones are refused`, async () => {
    const clock = new SimulatedClock('2026-11-23T05:00:00.000Z');
    const workspaces = await Promise.all(
      Array.from({ length: writers }, (_, n) => Workspace.open({ store, tenant, clock, actor: { id: `w${n}` } })),
    );
    const results = await writeBackLists(workspaces);
    // Every refusal is a conflict that names the stale input; every landed write is still there.
    expect(
      results.filter((result) => !result.ok).every((result) => !result.ok && result.error.code === 'store.staleInput'),
    ).toBe(true);
    await noneLost(results);
    await auditHolds();
  });

  it(`${writers} REST workspaces on two servers appending at once: every append lands`, async () => {
    const workspaces = await Promise.all(
      Array.from({ length: writers }, (_, n) => remoteWorkspace(servers[n % 2]!.url, { ...admin, id: `writer-${n}` })),
    );
    const results = await Promise.all(
      workspaces.map((workspace, n) =>
        workspace.run(addSkill, { memberId: 'm1', skill: `特长${n}` }, { retryOnConflict: writers }),
      ),
    );
    expect(results.filter((result) => !result.ok)).toEqual([]);
    expect(await skillsOfM1()).toHaveLength(writers);
    const audit = await store.readAudit(tenant);
    // Each writer is in the log exactly once, under the identity the server authenticated.
    const actors = audit.slice(1).map((record) => record.actorId);
    expect(new Set(actors).size).toBe(writers);
    expect(actors.every((actor) => actor.startsWith('writer-'))).toBe(true);
    await auditHolds();
  });

  it(`${writers} REST workspaces writing back a list they read: none is lost`, async () => {
    const workspaces = await Promise.all(
      Array.from({ length: writers }, (_, n) => remoteWorkspace(servers[n % 2]!.url, { ...admin, id: `writer-${n}` })),
    );
    const results = await writeBackLists(workspaces);
    for (const result of results) if (!result.ok) expect(result.error).toBeInstanceOf(ConflictError);
    await noneLost(results);
    await auditHolds();
  });
});
