import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './built-package.js';

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, '../..');

/**
 * What an application's plain Node process does with the published package: no Vite, no
 * `source` condition, so `@dangjian/adapters/xlsx` is `dist/xlsx/index.js` and `exceljs` is
 * the CommonJS module Node sees. It writes a small roster, reads it back and parses it.
 */
const script = `
import { readXlsxRows, writeXlsxRows } from '@dangjian/adapters/xlsx';
import { idNumberCheckCharacter, parseRoster, rosterColumns, snapshotFromRecords } from '@dangjian/core';
const entry = await import.meta.resolve('@dangjian/adapters/xlsx');
const body = '32040219480302002';
const idNumber = body + idNumberCheckCharacter(body);
const header = rosterColumns.map((column) => column.header['zh-CN']);
const row = header.map(() => '');
const put = (name, value) => (row[header.indexOf(name)] = value);
put('编号', 'm1'); put('姓名', '=王秀英'); put('性别', '女'); put('出生日期', '1948-03-02');
put('公民身份号码', idNumber); put('党员类别', '正式党员'); put('组织关系所在党组织', 'b1');
const rows = await readXlsxRows(await writeXlsxRows([header, row]));
const street = snapshotFromRecords('320402', 0, {
  orgs: [{ id: 'b1', name: '第一党支部', kind: 'branch', setting: 'residential', parentId: null }],
  members: [],
});
const parsed = parseRoster(rows, street);
console.log(JSON.stringify({
  entry,
  nameCell: rows[1][header.indexOf('姓名')],
  parsed: parsed.ok ? parsed.value.map(({ name, birthDate }) => ({ name, birthDate })) : parsed.error,
  idNumberKept: parsed.ok && parsed.value[0].idNumber === idNumber,
}));
`;

describe('@dangjian/adapters/xlsx as built (plain Node, no Vite)', () => {
  beforeAll(() => {
    // The packages' own builds, once and only when stale (shared with the tarball tests).
    ensureBuilt('core');
    ensureBuilt('adapters');
  });

  it('imports from dist in a child node process and writes, reads and parses a roster', async () => {
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: repo });
    const result = JSON.parse(stdout) as { entry: string; nameCell: string; parsed: unknown; idNumberKept: boolean };
    expect(result.entry).toMatch(/packages\/adapters\/dist\/xlsx\/index\.js$/);
    expect(result.nameCell).toBe("'=王秀英");
    expect(result.parsed).toEqual([{ name: '=王秀英', birthDate: '1948-03-02' }]);
    expect(result.idNumberKept).toBe(true);
  });
});
