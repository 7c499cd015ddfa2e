import { MemoryStore } from '@dangjian/adapters/memory';
import { readXlsxRows, rosterTemplateXlsx, writeXlsxRows } from '@dangjian/adapters/xlsx';
import {
  SimulatedClock,
  Workspace,
  idNumberCheckCharacter,
  importRoster,
  isDangjianError,
  parseRoster,
  rosterColumns,
  rosterRows,
  seedTenant,
  snapshotFromRecords,
  type Member,
} from '@dangjian/core';
import { Workbook } from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { streetRecords } from '../fixtures/street.js';

const idNumber = (body: string): string => `${body}${idNumberCheckCharacter(body)}`;
const street = snapshotFromRecords('320402', 0, {
  orgs: streetRecords.orgs,
  members: streetRecords.members.map((member, index) => ({
    ...member,
    idNumber: idNumber(`3204021948030200${index}`),
    phone: '13812345678',
  })),
});

describe('roster as .xlsx (exceljs)', () => {
  it('writes every cell as text, so 18-digit ID numbers survive, and reads it back', async () => {
    const rows = rosterRows(street.members.values(), street, { unmask: true });
    const file = await writeXlsxRows(rows);
    const back = await readXlsxRows(file);
    // Empty trailing cells are not stored in a worksheet; compare what holds data.
    const trimmed = (list: readonly (readonly string[])[]): string[][] =>
      list.map((row) => row.slice(0, row.findLastIndex((cell) => cell !== '') + 1));
    expect(trimmed(back)).toEqual(trimmed(rows));
    expect(back.flat()).toContain(street.members.get('m1')!.idNumber);
  });

  it('masks personal data by default on export', async () => {
    const back = await readXlsxRows(await writeXlsxRows(rosterRows(street.members.values(), street)));
    const text = back.flat().join('|');
    expect(text).not.toContain(street.members.get('m1')!.idNumber!);
    expect(text).toContain('138****5678');
  });

  it('reads what people type: real date cells, numbers, rich text', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('花名册');
    sheet.addRow(['编号', '姓名', '性别', '出生日期', '党员类别', '组织关系所在党组织']);
    sheet.addRow([
      101,
      { richText: [{ text: '王' }, { text: '秀英' }] },
      '女',
      new Date(Date.UTC(1948, 2, 2)),
      '正式党员',
      'b1',
    ]);
    const rows = await readXlsxRows(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(rows[1]).toEqual(['101', '王秀英', '女', '1948-03-02', '正式党员', 'b1']);
    const parsed = parseRoster(rows, street);
    expect(parsed.ok && parsed.value[0]).toMatchObject({
      id: '101',
      name: '王秀英',
      birthDate: '1948-03-02',
      relationOrgId: 'b1',
    });
  });

  it('ships a template whose header is the import template and a sheet of instructions', async () => {
    const workbook = new Workbook();
    await workbook.xlsx.load((await rosterTemplateXlsx()).slice().buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['党员花名册', '填写说明']);
    const rows = await readXlsxRows(await rosterTemplateXlsx());
    expect(rows).toEqual([rosterColumns.map((column) => column.header['zh-CN'])]);
  });
});

/** Rejects with the typed unreadable-file error (and nothing else), or resolves with rows. */
async function readOrRefuse(data: Uint8Array): Promise<'refused' | string[][]> {
  try {
    return await readXlsxRows(data);
  } catch (error) {
    expect(isDangjianError(error) && [error.kind, error.code]).toEqual(['validation', 'roster.xlsxUnreadable']);
    expect(isDangjianError(error) && error.text['zh-CN']).toContain('无法读取');
    return 'refused';
  }
}

describe('unreadable .xlsx files', () => {
  it('refuses a truncated workbook with a typed error', async () => {
    const file = await writeXlsxRows(rosterRows(street.members.values(), street));
    for (const length of [0, 30, Math.floor(file.length / 2), file.length - 1])
      expect(await readOrRefuse(file.subarray(0, length))).toBe('refused');
  });

  it('refuses junk bytes with a typed error, whatever they are', async () => {
    const zipStart = new Uint8Array([0x50, 0x4b, 0x03, 0x04]);
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.uint8Array({ maxLength: 2048 }), async (asZip, junk) => {
        const data = asZip ? new Uint8Array([...zipStart, ...junk]) : junk;
        expect(await readOrRefuse(data)).toBe('refused');
      }),
      { numRuns: 100 },
    );
  });
});

describe('formula defusing in .xlsx exports', () => {
  const formulaNames = ['=HYPERLINK("http://x","点我")', '+86王', '-王', '@SUM(1)', "'=王", "''+王"];
  const members: Member[] = formulaNames.map((name, index) => ({
    ...street.members.get('m1')!,
    status: 'active',
    id: `f${index}`,
    name,
    idNumber: idNumber(`3204021948030201${index}`),
    phone: '13812345678',
    employer: { name: `=cmd|' /C calc'!A${index}` },
  }));

  /** A workspace seeded with `records` directly (not through an import, which would read them as a file). */
  async function openStreet(records: readonly Member[]): Promise<Workspace> {
    const store = new MemoryStore();
    const seed = { orgs: streetRecords.orgs, members: records };
    await seedTenant(store, '320402', seed, { actorId: 'seed', at: '2026-11-23T00:00:00Z' });
    return Workspace.open({
      store,
      tenant: '320402',
      clock: new SimulatedClock('2026-11-23T02:00:00Z'),
      actor: { id: 'importer' },
    });
  }

  it('writes no text cell that starts with =, +, -, @, tab or CR', async () => {
    const withFormulas = snapshotFromRecords('320402', 0, { orgs: streetRecords.orgs, members });
    const workbook = new Workbook();
    await workbook.xlsx.load(
      (await writeXlsxRows(rosterRows(withFormulas.members.values(), withFormulas, { unmask: true }))).slice().buffer,
    );
    const texts: string[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain('\'=HYPERLINK("http://x","点我")');
    expect(texts.filter((text) => /^[=+\-@\t\r]/.test(text))).toEqual([]);
    expect(workbook.worksheets[0]!.getCell('A1').formula).toBeUndefined();
  });

  it('still imports an unmasked export back to the same members', async () => {
    const workspace = await openStreet(members);
    const byId = (list: readonly Member[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    const before = byId(workspace.snapshot.members.toArray());
    expect(before.map((member) => member.name)).toEqual(formulaNames);

    const file = await writeXlsxRows(rosterRows(before, workspace.snapshot, { unmask: true }));
    const fresh = await openStreet([]);
    const again = await importRoster(fresh, await readXlsxRows(file));
    expect(again.ok).toBe(true);
    expect(byId(fresh.snapshot.members.toArray())).toEqual(before);
  });
});
