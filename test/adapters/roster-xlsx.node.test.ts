import { readXlsxRows, rosterTemplateXlsx, writeXlsxRows } from '@dangjian/adapters/xlsx';
import { idNumberCheckCharacter, parseRoster, rosterColumns, rosterRows, snapshotFromRecords } from '@dangjian/core';
import { Workbook } from 'exceljs';
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
