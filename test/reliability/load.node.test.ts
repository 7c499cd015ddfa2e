import { createPostgresStore } from '@dangjian/adapters/postgres';
import {
  ConflictError,
  DangjianError,
  SimulatedClock,
  Workspace,
  addSkill,
  removeSkill,
  seedTenant,
  verifyAudit,
} from '@dangjian/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopedAt, scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';
import { createTestDatabase, testPool, type TestDatabase } from '../adapters/targets/postgres.js';
import { remoteWorkspace, serveOnLoopback, type LoopbackServer } from '../adapters/targets/rest-server.js';
import { countingConflicts } from '../adapters/support/counting-store.js';
import { recordFigure, secondsSince } from './support/figures.js';
import { sized } from './support/scale.js';
import { replayDifferences } from './support/replay.js';

// Load on a real PostgreSQL server: 16 writers, each sending its commands one after another, all
// at once, on the same four members — through local Workspaces (16 command hosts racing on the
// store's revision check) and through the REST command route (two servers on one database).
//
// Writer w only ever touches its own skill `写手w`, adding and removing it in turn on m1…m4, so
// what each member must hold at the end follows from the writer's own committed results alone:
// any difference is a lost update. The store's final state must also equal the serial replay of
// its audit log from an empty tenant.

const tenant = scopedTenant;
const writers = 16;
const commandsPerWriter = sized(500, 100, 'DJ_LOAD_COMMANDS');
/** Retries a writer allows per command before giving up with the ConflictError. */
const retries = Number(process.env['DJ_LOAD_RETRIES'] ?? 8);
/** Safety net: writers stop starting commands after this; the test then fails on the count. */
const timeLimitMs = Number(process.env['DJ_LOAD_SECONDS'] ?? 900) * 1000;
const members = ['m1', 'm2', 'm3', 'm4'] as const;
const admin = { tenant, id: 'district-1', roles: ['districtAdmin'] };

interface Tally {
  attempted: number;
  committed: number;
  gaveUpTyped: number;
  untypedErrors: number;
  otherRefusals: number;
}

/** Command i of a writer: which member, and whether it adds or removes the writer's skill. */
const step = (i: number) => ({ memberId: members[i % members.length]!, add: Math.floor(i / members.length) % 2 === 0 });
const skillOf = (writer: number): string => `写手${writer}`;

/** Runs one writer's commands in order; returns what it expects each member to hold of its skill. */
async function runWriter(
  workspace: Workspace,
  writer: number,
  tally: Tally,
  deadline: number,
): Promise<Map<string, boolean>> {
  const holds = new Map<string, boolean>();
  for (let i = 0; i < commandsPerWriter && performance.now() < deadline; i++) {
    const { memberId, add } = step(i);
    tally.attempted++;
    const result = await workspace.run(
      add ? addSkill : removeSkill,
      { memberId, skill: skillOf(writer) },
      { retryOnConflict: retries },
    );
    if (result.ok) {
      tally.committed++;
      holds.set(memberId, add);
    } else if (result.error instanceof ConflictError) tally.gaveUpTyped++;
    else if (result.error instanceof DangjianError) tally.otherRefusals++;
    else tally.untypedErrors++;
  }
  return holds;
}

describe(`load: ${writers} writers × ${commandsPerWriter} commands on PostgreSQL`, () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let store: ReturnType<typeof countingConflicts>;

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

  async function reset(): Promise<void> {
    await pool.query('TRUNCATE dj_tenants, dj_entities, dj_audit');
    await seedTenant(store, tenant, scopedRecords, { actorId: 'seed', at: scopedAt });
    store.conflicts = 0;
  }

  /** Runs every writer at once and measures what the issue asks for. */
  async function measure(id: string, title: string, setup: string, open: (writer: number) => Promise<Workspace>) {
    const workspaces = await Promise.all(Array.from({ length: writers }, (_, writer) => open(writer)));
    const tally: Tally = { attempted: 0, committed: 0, gaveUpTyped: 0, untypedErrors: 0, otherRefusals: 0 };
    const start = performance.now();
    const expected = await Promise.all(
      workspaces.map((workspace, writer) => runWriter(workspace, writer, tally, start + timeLimitMs)),
    );
    const seconds = secondsSince(start);

    const state = await store.load(tenant);
    const audit = await store.readAudit(tenant);
    let lostUpdates = 0;
    for (const memberId of members) {
      const skills = state.records.members?.find((member) => member.id === memberId)?.skills ?? [];
      for (let writer = 0; writer < writers; writer++) {
        if (skills.includes(skillOf(writer)) !== (expected[writer]!.get(memberId) ?? false)) lostUpdates++;
      }
    }
    const counts = {
      commands: tally.attempted,
      committed: tally.committed,
      conflictsRetried: store.conflicts - tally.gaveUpTyped,
      gaveUpWithConflictError: tally.gaveUpTyped,
      untypedErrors: tally.untypedErrors,
      otherRefusals: tally.otherRefusals,
      lostUpdates,
      auditRecordsNotCommitted: Math.abs(audit.length - 1 - tally.committed),
      replayDifferences: replayDifferences(state, audit),
      auditFindings: verifyAudit(audit, { revision: state.revision }).length,
    };
    recordFigure(id, {
      title,
      setup,
      counts,
      mustBeZero: [
        'untypedErrors',
        'otherRefusals',
        'lostUpdates',
        'auditRecordsNotCommitted',
        'replayDifferences',
        'auditFindings',
      ],
      seconds,
    });
    expect(counts.commands).toBe(writers * commandsPerWriter);
    expect(counts.committed).toBeGreaterThan(0);
    expect(store.conflicts).toBeGreaterThan(0);
    expect({
      untypedErrors: counts.untypedErrors,
      otherRefusals: counts.otherRefusals,
      lostUpdates: counts.lostUpdates,
      auditRecordsNotCommitted: counts.auditRecordsNotCommitted,
      replayDifferences: counts.replayDifferences,
      auditFindings: counts.auditFindings,
    }).toEqual({
      untypedErrors: 0,
      otherRefusals: 0,
      lostUpdates: 0,
      auditRecordsNotCommitted: 0,
      replayDifferences: 0,
      auditFindings: 0,
    });
  }

  it('through local Workspaces: nothing lost, the state is the replay of its audit log', async () => {
    await reset();
    const clock = new SimulatedClock('2026-11-23T05:00:00.000Z');
    await measure(
      'load-workspace',
      'Load through Workspace',
      `${writers} local Workspaces (one command host each) × ${commandsPerWriter} commands (member.addSkill / member.removeSkill on 4 shared members, retryOnConflict ${retries}) on one PostgreSQL 15 server`,
      (writer) => Workspace.open({ store, tenant, clock, actor: { id: `writer-${writer}`, roles: ['districtAdmin'] } }),
    );
  });

  it('through the REST command route: nothing lost, the state is the replay of its audit log', async () => {
    await reset();
    const servers: LoopbackServer[] = [await serveOnLoopback(store), await serveOnLoopback(store)];
    try {
      await measure(
        'load-rest',
        'Load through the REST command route',
        `${writers} REST Workspaces on two loopback servers sharing one PostgreSQL 15 database × ${commandsPerWriter} commands (same mix, client retryOnConflict ${retries}, the server's own 10)`,
        (writer) => remoteWorkspace(servers[writer % 2]!.url, { ...admin, id: `writer-${writer}` }),
      );
    } finally {
      await Promise.all(servers.map((server) => server.close()));
    }
  });
});
