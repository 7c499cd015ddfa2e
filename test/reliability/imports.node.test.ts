import { createMemoryStore } from '@dangjian/adapters/memory';
import { readXlsxRows, writeXlsxRows } from '@dangjian/adapters/xlsx';
import {
  containsPiiShape,
  decodeCsv,
  idNumberCheckCharacter,
  importRoster,
  isDangjianError,
  parseCsv,
  rosterRows,
  seedTenant,
  SimulatedClock,
  toCsv,
  verifyAudit,
  Workspace,
  type Member,
  type Store,
} from '@dangjian/core';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTenant } from '../../bench/generate.js';
import { gbk } from '../fixtures/gbk.js';
import { recordFigure, secondsSince } from './support/figures.js';
import { sized } from './support/scale.js';

// Malformed imports, each the way a portal receives it: bytes of a file. Truncated and junk .xlsx,
// junk and GBK CSV, duplicate ID numbers (within a file and against the tenant), and files of
// 100,000 rows. Every refusal must be typed (a DangjianError or a list of roster issues), leave
// the tenant's revision where it was, and quote no ID-number or mobile shape.

const tenant = '320402';
const bigRows = sized(100_000, 10_000, 'DJ_IMPORT_ROWS');
const junkFiles = sized(1000, 200, 'DJ_FUZZ_RUNS');
const street = generateTenant(bigRows);
const snapshotOrgs = { orgs: street.records.orgs };

/** A valid ID number for a generated member: its birth date, and a sequence of its gender's parity. */
function withIdNumber(member: Member, n: number): Member {
  const sequence = String((n % 500) * 2 + (member.gender === 'male' ? 1 : 0)).padStart(3, '0');
  const first17 = `320402${member.birthDate!.replaceAll('-', '')}${sequence}`;
  return { ...member, idNumber: first17 + idNumberCheckCharacter(first17), phone: `139${String(n).padStart(8, '0')}` };
}

/** Members `from`…`from + count` of the generated street, renamed with `prefix` so files do not collide. */
function members(from: number, count: number, prefix: string, withNumbers = true): Member[] {
  return street.records.members
    .slice(from, from + count)
    .map((member, n) => ({ ...(withNumbers ? withIdNumber(member, from + n) : member), id: `${prefix}${member.id}` }));
}

const rowsOf = (list: readonly Member[]) => rosterRows(list, { orgs: snapshotTable() }, { unmask: true });
let snapshotTable: () => import('@dangjian/core').Snapshot['orgs'];

const tally: Record<string, number> = {
  files: 0,
  imported: 0,
  refused: 0,
  untypedErrors: 0,
  changedAfterRefusal: 0,
  piiInRefusals: 0,
};
const seconds: Record<string, number> = {};
/** The codes of the last refusal: a roster issue's, or the error's. */
let lastCodes: string[] = [];

describe('malformed imports: typed refusals, nothing written', () => {
  let store: Store;
  let workspace: Workspace;

  beforeAll(async () => {
    store = createMemoryStore();
    await seedTenant(store, tenant, snapshotOrgs, { actorId: 'seed', at: '2026-11-30T08:00:00.000Z' });
    workspace = await Workspace.open({
      store,
      tenant,
      clock: new SimulatedClock('2026-11-30T08:00:00.000Z'),
      actor: { id: 'importer', roles: ['districtAdmin'] },
    });
    snapshotTable = () => workspace.snapshot.orgs;
  });

  afterAll(async () => {
    recordFigure('bad-input-imports', {
      title: 'Bad input: malformed imports',
      setup: `truncated .xlsx (every 1/40 of a valid file), ${junkFiles} junk .xlsx and ${junkFiles} junk CSV byte strings (fast-check), a GBK CSV, duplicate ID numbers within a file and against the tenant, and two ${bigRows.toLocaleString('en')}-row CSV files (one valid, one with a duplicate ID number in its last row), all read from bytes and imported through a Workspace`,
      counts: { ...tally, ...Object.fromEntries(Object.entries(seconds).map(([name, s]) => [`seconds ${name}`, s])) },
      mustBeZero: ['untypedErrors', 'changedAfterRefusal', 'piiInRefusals'],
    });
    const { revision } = await store.load(tenant);
    expect(verifyAudit(await store.readAudit(tenant), { revision })).toEqual([]);
  });

  /**
   * Reads the bytes as the kit does and imports them; counts the outcome. Returns 'imported',
   * 'refused' or 'untyped' so each case can say which it expected.
   */
  async function importBytes(bytes: Uint8Array, kind: 'csv' | 'xlsx'): Promise<'imported' | 'refused' | 'untyped'> {
    const before = (await store.load(tenant)).revision;
    tally['files']!++;
    let outcome: 'imported' | 'refused' | 'untyped';
    let refusal: unknown;
    try {
      const rows = kind === 'csv' ? parseCsv(decodeCsv(bytes)) : await readXlsxRows(bytes);
      const result = await importRoster(workspace, rows);
      if (result.ok) outcome = 'imported';
      else {
        outcome = 'refused';
        refusal = 'issues' in result.error ? result.error.issues : result.error.error.toJSON();
        lastCodes =
          'issues' in result.error ? result.error.issues.map((issue) => issue.code) : [result.error.error.code];
      }
    } catch (error) {
      outcome = isDangjianError(error) ? 'refused' : 'untyped';
      refusal = isDangjianError(error) ? error.toJSON() : String(error);
      lastCodes = isDangjianError(error) ? [error.code] : [];
    }
    tally[outcome === 'untyped' ? 'untypedErrors' : outcome]!++;
    if (outcome !== 'imported') {
      const after = (await store.load(tenant)).revision;
      if (after !== before) tally['changedAfterRefusal']!++;
      if (containsPiiShape(JSON.stringify(refusal))) tally['piiInRefusals']!++;
      expect(after).toBe(before);
      expect(containsPiiShape(JSON.stringify(refusal)), 'a refusal quoted a personal number').toBe(false);
    }
    return outcome;
  }

  it('truncated .xlsx at every 1/40 of the file: refused, typed', async () => {
    const file = await writeXlsxRows(rowsOf(members(0, 50, 'x-')));
    expect(await importBytes(file, 'xlsx')).toBe('imported');
    for (let part = 1; part < 40; part++) {
      expect(await importBytes(file.slice(0, Math.floor((file.length * part) / 40)), 'xlsx')).toBe('refused');
      expect(lastCodes).toEqual(['roster.xlsxUnreadable']);
    }
  });

  it(`${junkFiles} junk .xlsx byte strings (some with a zip header): refused, typed`, async () => {
    const junk = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.uint8Array({ maxLength: 2000 }).map((tail) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail])),
    );
    await fc.assert(
      fc.asyncProperty(junk, async (bytes) => {
        expect(await importBytes(bytes, 'xlsx')).not.toBe('untyped');
      }),
      { numRuns: junkFiles, interruptAfterTimeLimit: 300_000 },
    );
  });

  it(`${junkFiles} junk CSV byte strings: refused, typed`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        expect(await importBytes(bytes, 'csv')).not.toBe('untyped');
      }),
      { numRuns: junkFiles, interruptAfterTimeLimit: 300_000 },
    );
  });

  it('a GBK CSV (Excel\'s "CSV" on zh-CN Windows) imports the same members as its UTF-8 twin', async () => {
    const list = members(50, 50, 'gbk-');
    // toCsv writes a BOM for Excel; a GBK file has none.
    const text = toCsv(rowsOf(list)).slice(1);
    expect(await importBytes(gbk(text), 'csv')).toBe('imported');
    for (const member of list) expect(workspace.snapshot.members.get(member.id)?.name).toBe(member.name);
  });

  it('duplicate ID numbers, within a file and against the tenant: refused, typed, nothing written', async () => {
    const list = members(100, 20, 'dup-');
    const twice = [...list, { ...list[3]!, id: 'dup-copy' }];
    expect(await importBytes(new TextEncoder().encode(toCsv(rowsOf(twice))), 'csv')).toBe('refused');
    expect(lastCodes).toEqual(['roster.duplicateIdNumber']);
    // m0…m49 went in with the first .xlsx: their ID numbers are taken.
    const taken = members(0, 3, 'again-');
    expect(await importBytes(new TextEncoder().encode(toCsv(rowsOf(taken))), 'csv')).toBe('refused');
    expect(lastCodes).toEqual(['roster.idNumberTaken', 'roster.idNumberTaken', 'roster.idNumberTaken']);
  });

  it(`${bigRows.toLocaleString('en')}-row files: one imports whole, one with a duplicate in its last row writes nothing`, async () => {
    let start = performance.now();
    const valid = new TextEncoder().encode(toCsv(rowsOf(members(0, bigRows, 'big-', false))));
    const before = workspace.snapshot.members.size;
    expect(await importBytes(valid, 'csv')).toBe('imported');
    expect(workspace.snapshot.members.size).toBe(before + bigRows);
    seconds['validBigFile'] = secondsSince(start);

    start = performance.now();
    const list = members(0, bigRows, 'big2-', false);
    // The last row repeats the first row's ID number: found only once the whole file is read.
    const first = withIdNumber(list[0]!, 7);
    list[0] = first;
    list[bigRows - 1] = {
      ...list[bigRows - 1]!,
      birthDate: first.birthDate,
      gender: first.gender,
      idNumber: first.idNumber!,
    };
    const invalid = new TextEncoder().encode(toCsv(rowsOf(list)));
    expect(await importBytes(invalid, 'csv')).toBe('refused');
    expect(lastCodes).toEqual(['roster.duplicateIdNumber']);
    expect(workspace.snapshot.members.size).toBe(before + bigRows);
    seconds['refusedBigFile'] = secondsSince(start);
  });
});
