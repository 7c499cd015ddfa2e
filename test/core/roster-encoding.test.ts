import { decodeCsv, isDangjianError, parseCsv, parseRoster, rosterColumns, snapshotFromRecords } from '@dangjian/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gbk } from '../fixtures/gbk.js';

// Excel on a zh-CN Windows saves "CSV (逗号分隔)" in GBK, not UTF-8: a portal's users upload such
// files every day. Decoded as UTF-8 (what `file.text()` does), every Chinese character turns into
// U+FFFD and the roster is refused, or worse, imported garbled. `decodeCsv` reads the bytes.

const header = rosterColumns.filter((column) => column.required).map((column) => column.header['zh-CN']);
const roster = `${header.join(',')}\r\n`;
const hanzi = fc.constantFrom(...'王秀英李建国赵红梅孙志强紫云苑第一党支部青龙街道社区党委丽华');

describe('decodeCsv: the bytes of an uploaded CSV', () => {
  it('reads a GBK file (Excel\'s "CSV" on zh-CN Windows) as the text it holds', () => {
    const bytes = gbk(roster);
    // What a page got before: the UTF-8 reading garbles every header.
    expect(new TextDecoder().decode(bytes)).toContain('\uFFFD');
    expect(decodeCsv(bytes)).toBe(roster);
    expect(parseCsv(decodeCsv(bytes))[0]).toEqual(header);
  });

  it('reads UTF-8, with or without the BOM Excel writes', () => {
    const utf8 = new TextEncoder().encode(roster);
    expect(decodeCsv(utf8)).toBe(roster);
    expect(parseCsv(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])))[0]).toEqual(header);
  });

  // A few GBK characters are valid UTF-8 by chance (委 is CE AF, also ί): a lone one proves nothing,
  // so every generated file starts with a roster's header, as every file the kit imports does.
  it('decodes any roster text the same from GBK as from UTF-8 (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(hanzi, fc.constantFrom(',', '"', '\r\n', 'a', '1', ' ')), { maxLength: 60 }),
        (chars) => {
          const text = roster + chars.join('');
          expect(decodeCsv(gbk(text))).toBe(text);
          expect(decodeCsv(new TextEncoder().encode(text))).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses bytes that are neither, with a typed error that quotes nothing', () => {
    const junk = new Uint8Array([0x32, 0x30, 0xff, 0xfe, 0xff, 0x31, 0x33, 0x39]);
    let error: unknown;
    try {
      decodeCsv(junk);
    } catch (caught) {
      error = caught;
    }
    expect(isDangjianError(error) && [error.kind, error.code]).toEqual(['validation', 'roster.csvEncoding']);
    expect(isDangjianError(error) && error.text['zh-CN']).toMatch(/UTF-8/);
  });

  it('a GBK roster reads the same members as its UTF-8 twin', () => {
    const snapshot = snapshotFromRecords('320402', 0, {
      orgs: [{ id: 'b1', name: '紫云苑第一党支部', kind: 'branch', setting: 'residential', parentId: null }],
    });
    const cells: Record<string, string> = { 姓名: '王秀英', 性别: '女', 所在党组织: '紫云苑第一党支部' };
    const text = `${roster}${header.map((name) => cells[name] ?? '').join(',')}\r\n`;
    const utf8 = parseRoster(parseCsv(text), snapshot);
    expect(parseRoster(parseCsv(decodeCsv(gbk(text))), snapshot)).toEqual(utf8);
    expect(parseRoster(parseCsv(new TextDecoder().decode(gbk(text))), snapshot)).not.toEqual(utf8);
  });
});
