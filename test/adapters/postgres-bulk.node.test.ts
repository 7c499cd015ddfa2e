import { PgDriver, PostgresStore, bulkThreshold, type CopyRow } from '@dangjian/adapters/postgres';
import { seedTenant, type Commit, type EntityChange, type Store } from '@dangjian/core';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateTenant } from '../../bench/generate.js';
import { branchB1, seededAt, streetTenant } from '../fixtures/street.js';
import { recordingDriver, type Recording } from './support/recording-driver.js';
import { createTestDatabase, type TestDatabase, testPool } from './targets/postgres.js';

// Large commits (a portal importing its members) go through COPY on node-postgres, staged in a
// temporary table; small ones keep the single INSERT … SELECT unnest(…).

const tenant = streetTenant;
const at = seededAt;
const actorId = 'bulk';

const byId = <T extends { id: string }>(rows: readonly T[] = []): T[] =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

function branches(count: number, prefix = 'b'): EntityChange[] {
  return Array.from({ length: count }, (_, index) => ({
    collection: 'orgs',
    id: `${prefix}${index}`,
    value: { ...branchB1, id: `${prefix}${index}`, name: `第${index}党支部` },
  }));
}

function commitOf(baseRevision: number, changes: readonly EntityChange[]): Commit {
  return { tenant, baseRevision, changes, audit: { actorId, at, command: 'test.write', patches: [] } };
}

const unnestInsert = /INSERT INTO dj_entities[\s\S]*unnest/;

describe('bulk import on a PostgreSQL server', () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let store: Store;
  let recording: Recording;

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = testPool({ connectionString: database.url, max: 2 });
    const recorded = recordingDriver(new PgDriver(pool));
    recording = recorded.recording;
    store = await PostgresStore.open(recorded.driver);
  });

  beforeEach(async () => {
    await pool.query('TRUNCATE dj_tenants, dj_entities, dj_audit');
    recording.statements.length = 0;
    recording.copies.length = 0;
  });

  afterAll(async () => {
    await store?.close();
    await pool?.end();
    await database?.drop();
  });

  it('seeds a street of 20,000 members through COPY and reads every one back exactly', async () => {
    const { records } = generateTenant(20_000);
    const started = performance.now();
    expect(await seedTenant(store, tenant, records, { actorId, at })).toEqual({ revision: 1, auditSeq: 1 });
    const seeded = performance.now() - started;
    const total = records.orgs.length + records.members.length;
    expect(recording.copies).toEqual([{ table: 'dj_entities_import', rows: total }]);
    expect(recording.statements.filter((sql) => unnestInsert.test(sql))).toEqual([]);
    const state = await store.load(tenant);
    expect(state.records.members).toHaveLength(20_000);
    expect(byId(state.records.members)).toEqual(byId(records.members));
    expect(byId(state.records.orgs)).toEqual(byId(records.orgs));
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM pg_class WHERE relname = $1', [
      'dj_entities_import',
    ]);
    expect(rows).toEqual([{ n: 0 }]);
    console.info(`seeded ${total} entities through COPY in ${Math.round(seeded)} ms`);
  });

  it('keeps commits below the threshold on the single INSERT … SELECT unnest(…)', async () => {
    await store.commit(commitOf(0, branches(bulkThreshold - 1)));
    expect(recording.copies).toEqual([]);
    expect(recording.statements.filter((sql) => unnestInsert.test(sql))).toHaveLength(1);
    expect((await store.load(tenant)).records.orgs).toHaveLength(bulkThreshold - 1);
  });

  it('replaces existing entities and applies removals in a bulk commit like in any other', async () => {
    await store.commit(commitOf(0, branches(10)));
    const changes = [
      ...branches(bulkThreshold, 'n'),
      { ...branches(1)[0]!, value: { ...branchB1, id: 'b0', name: '新名' } },
    ];
    await store.commit(commitOf(1, [...changes, { collection: 'orgs', id: 'b1', value: null }]));
    expect(recording.copies).toHaveLength(1);
    const orgs = (await store.load(tenant)).records.orgs ?? [];
    expect(orgs).toHaveLength(10 - 1 + bulkThreshold);
    expect(orgs.find((org) => org.id === 'b0')?.name).toBe('新名');
    expect(orgs.some((org) => org.id === 'b1')).toBe(false);
  });

  it('writes nothing when one row of the COPY is refused, and the connection carries on', async () => {
    await store.commit(commitOf(0, branches(3)));
    const before = { state: await store.load(tenant), audit: await store.readAudit(tenant) };
    const changes = branches(bulkThreshold + 10, 'x');
    // jsonb refuses \u0000: the server rejects the COPY after the revision bump already ran.
    changes[500] = { ...changes[500]!, value: { ...branchB1, id: 'x500', name: 'nul \u0000 byte' } };
    await expect(store.commit(commitOf(1, changes))).rejects.toMatchObject({ code: '22P05' });
    expect({ state: await store.load(tenant), audit: await store.readAudit(tenant) }).toEqual(before);
    await store.commit(commitOf(1, branches(bulkThreshold, 'y')));
    expect((await store.load(tenant)).records.orgs).toHaveLength(3 + bulkThreshold);
  });

  it('carries tabs, newlines, backslashes, quotes, \\N and Chinese text through COPY exactly', async () => {
    const driver = new PgDriver(pool);
    const awkward = ['a\tb', 'line\nbreak\r\n', 'back\\slash', '\\N', '\\.', '"quoted"', '党建 🏮', ''];
    const rows: CopyRow[] = [...awkward.map((text, index) => [String(index), text]), [String(awkward.length), null]];
    const copied = await driver.transaction(async (tx) => {
      await tx.exec('CREATE TEMPORARY TABLE dj_copy_probe (n int, text text) ON COMMIT DROP');
      await tx.copyRows!('dj_copy_probe', ['n', 'text'], rows);
      return (await tx.query<{ text: string | null }>('SELECT text FROM dj_copy_probe ORDER BY n')).rows;
    });
    expect(copied.map((row) => row.text)).toEqual([...awkward, null]);
  });
});
