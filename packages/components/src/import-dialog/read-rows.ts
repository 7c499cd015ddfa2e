import { decodeCsv, parseCsv } from '@dangjian/core';

/** Reads a spreadsheet file into rows of text cells: how a portal plugs in an xlsx reader. */
export type RowReader = (file: File) => Promise<string[][]>;

const isCsv = (file: File): boolean => /\.csv$/i.test(file.name) || file.type === 'text/csv';
export const isXlsx = (file: File): boolean => /\.xlsx$/i.test(file.name);

/**
 * The rows of a chosen file. CSV is read natively from its bytes, as UTF-8 or GBK (Excel's plain
 * "CSV" on zh-CN Windows; other bytes are a typed `roster.csvEncoding` refusal). Anything else
 * goes to the page's reader
 * (e.g. `@dangjian/adapters/xlsx`'s `readXlsxRows`), which is pluggable because exceljs's
 * browser bundle is not strict-CSP clean and must not be forced on every portal.
 */
export async function readRows(file: File, reader: RowReader | undefined): Promise<string[][] | 'unsupported'> {
  if (isCsv(file) || (!isXlsx(file) && !reader)) return parseCsv(decodeCsv(new Uint8Array(await file.arrayBuffer())));
  return reader ? reader(file) : 'unsupported';
}
