import { createPostgresStore } from '@dangjian/adapters/postgres';
import {
  SimulatedClock,
  Workspace,
  addSkill,
  auditCheckpoint,
  auditGenesisHash,
  renameOrg,
  sealAuditRecord,
  seedTenant,
  verifyAuditAnchored,
  type AuditCheckpoint,
  type AuditRecord,
} from '@dangjian/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopedAt, scopedRecords, scopedTenant } from '../fixtures/scoped-street.js';
import { createTestDatabase, testPool, type TestDatabase } from '../adapters/targets/postgres.js';
import { recordFigure } from './support/figures.js';

// Audit tampering: a real log (a seed and 40 commands on PostgreSQL), with a signed checkpoint of
// its head taken as an operator's job would. Every attack is applied at every record it can hit,
// and the one check a portal runs — verifyAuditAnchored with the tenant's revision — must find
// each. Re-sealing (recomputing every hash after the change, as someone with write access to the
// table could) is what the checkpoint is for.

const tenant = scopedTenant;
const commandsRun = 40;

/** Seals records again from the first, as someone with write access to the table could. */
function reseal(records: readonly AuditRecord[]): AuditRecord[] {
  const sealed: AuditRecord[] = [];
  records.forEach(({ prevHash: _prev, hash: _hash, ...record }, index) => {
    sealed.push(sealAuditRecord({ ...record, seq: index + 1 }, sealed.at(-1)?.hash ?? auditGenesisHash));
  });
  return sealed;
}

const replaceAt = (records: readonly AuditRecord[], at: number, record: AuditRecord): AuditRecord[] =>
  records.map((each, index) => (index === at ? record : each));

type Attack = (records: readonly AuditRecord[], at: number) => AuditRecord[];

/** Each attack on the record at index `at`. */
const attacks: Record<string, Attack> = {
  alterPatch: (records, at) =>
    replaceAt(records, at, {
      ...records[at]!,
      patches: [{ op: 'replace', path: ['orgs', 'b1', 'name'], value: '篡改' }],
    }),
  alterActor: (records, at) => replaceAt(records, at, { ...records[at]!, actorId: 'someone-else' }),
  alterTime: (records, at) => replaceAt(records, at, { ...records[at]!, at: '2020-01-01T00:00:00.000Z' }),
  alterCommand: (records, at) => replaceAt(records, at, { ...records[at]!, command: 'member.disclose' }),
  remove: (records, at) => records.filter((_, index) => index !== at),
  swapWithNext: (records, at) =>
    at + 1 >= records.length
      ? records.slice(0, at)
      : records.map((each, index) => (index === at ? records[at + 1]! : index === at + 1 ? records[at]! : each)),
  insertForged: (records, at) => {
    const before = records[at - 1];
    const forged = sealAuditRecord(
      { ...records[at]!, command: 'org.rename', actorId: 'forger', patches: [] },
      before?.hash ?? auditGenesisHash,
    );
    return [...records.slice(0, at), forged, ...records.slice(at)];
  },
  truncateFrom: (records, at) => records.slice(0, at),
  resealAfterAlter: (records, at) => reseal(attacks['alterPatch']!(records, at)),
  resealAfterRemove: (records, at) => reseal(records.filter((_, index) => index !== at)),
  resealAfterTruncate: (records, at) => reseal(records.slice(0, at)),
  resealAfterInsert: (records, at) => reseal(attacks['insertForged']!(records, at)),
};

describe('audit tampering on a real log: detected n/n, re-sealing included', () => {
  let database: TestDatabase;
  let pool: pg.Pool;
  let records: AuditRecord[];
  let revision: number;
  let checkpoint: AuditCheckpoint;
  let key: CryptoKey;

  beforeAll(async () => {
    database = await createTestDatabase();
    pool = testPool({ connectionString: database.url });
    const store = await createPostgresStore({ pool });
    await seedTenant(store, tenant, scopedRecords, { actorId: 'seed', at: scopedAt });
    const workspace = await Workspace.open({
      store,
      tenant,
      clock: new SimulatedClock('2026-11-23T05:00:00.000Z'),
      actor: { id: 'clerk', roles: ['districtAdmin'] },
    });
    for (let n = 0; n < commandsRun; n++) {
      const result =
        n % 2 === 0
          ? await workspace.run(renameOrg, { orgId: 'b1', name: `紫云苑第${n}党支部` })
          : await workspace.run(addSkill, { memberId: 'm1', skill: `特长${n % 20}` });
      expect(result.ok).toBe(true);
    }
    records = await store.readAudit(tenant);
    revision = (await store.load(tenant)).revision;
    key = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    checkpoint = await auditCheckpoint(records.at(-1)!, key);
    await store.close();
  });
  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  it('finds the untouched log clean, and every attack at every record', async () => {
    expect(await verifyAuditAnchored(records, [checkpoint], key, { revision })).toEqual([]);
    const counts: Record<string, number> = { attacks: 0, detected: 0, missed: 0 };
    for (const [name, attack] of Object.entries(attacks)) {
      let missed = 0;
      for (let at = 0; at < records.length; at++) {
        const tampered = attack(records, at);
        const findings = await verifyAuditAnchored(tampered, [checkpoint], key, { revision });
        counts['attacks']!++;
        if (findings.length > 0) counts['detected']!++;
        else missed++;
      }
      counts['missed']! += missed;
      counts[`missed.${name}`] = missed;
    }
    recordFigure('tamper', {
      title: 'Audit tampering',
      setup: `a real audit log of ${records.length} records (PostgreSQL 15) with one HMAC-SHA-256 checkpoint of its head; ${Object.keys(attacks).length} attacks (${Object.keys(attacks).join(', ')}) at every record, checked with verifyAuditAnchored and the tenant's revision`,
      counts,
      mustBeZero: ['missed'],
    });
    expect(counts['attacks']).toBe(Object.keys(attacks).length * records.length);
    expect(counts['missed']).toBe(0);
  });
});
