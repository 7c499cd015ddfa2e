// exceljs is CommonJS: Node gives its exports only as the default export (a named import works
// under Vite, which converts the module, and fails in the built package run by plain Node).
import exceljs from 'exceljs';
import { defuseFormula, rosterColumns, ValidationError } from '@dangjian/core';
import { cellText } from './cell-text.js';
import { phrase, rosterMessages } from '@dangjian/core';

const { Workbook } = exceljs;
type Workbook = InstanceType<typeof Workbook>;

/**
 * Opens a workbook, or refuses it with a typed error: a truncated download or a file that is not
 * an .xlsx otherwise fails deep inside the zip reader with a message no one can act on.
 */
async function loadWorkbook(data: ArrayBuffer | Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(data instanceof Uint8Array ? data.slice().buffer : data);
  } catch {
    // The reader's own message names zip internals (and could quote file content): not passed on.
    throw new ValidationError(phrase(rosterMessages.xlsxUnreadable));
  }
  return workbook;
}

/**
 * Reads the first worksheet of an .xlsx file into rows of text cells, for `parseRoster` /
 * `importRoster`. Runs where exceljs runs: Node, or a browser worker (its browser bundle is not
 * strict-CSP clean, so keep it off pages with a strict CSP). A file that is not a readable
 * workbook is refused with a `ValidationError` coded `roster.xlsxUnreadable`.
 */
export async function readXlsxRows(data: ArrayBuffer | Uint8Array): Promise<string[][]> {
  const workbook = await loadWorkbook(data);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    rows.push(Array.from(cells, (cell) => cell ?? ''));
  });
  return rows;
}

/**
 * Writes rows of text (from `rosterRows`, masked unless the caller was allowed to unmask) as an
 * .xlsx workbook. Every cell is text, so ID numbers keep all 18 characters. Cells that start like
 * a formula are defused as in the CSV export (a re-save as CSV, or editing the cell, would
 * otherwise run them); the roster import undoes it, so an export still imports back unchanged.
 */
export async function writeXlsxRows(
  rows: readonly (readonly string[])[],
  sheetName = '党员花名册',
): Promise<Uint8Array> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const row of rows) sheet.addRow(row.map(defuseFormula));
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column) => {
    column.numFmt = '@';
    column.width = 16;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The empty import template: the header row, and a second sheet explaining each column. */
export async function rosterTemplateXlsx(): Promise<Uint8Array> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('党员花名册');
  sheet.addRow(rosterColumns.map((column) => column.header['zh-CN']));
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column) => {
    column.numFmt = '@';
    column.width = 16;
  });
  const help = workbook.addWorksheet('填写说明');
  help.addRow(['列', '是否必填', '填写说明', 'Column', 'Required', 'Notes']);
  for (const column of rosterColumns) {
    help.addRow([
      column.header['zh-CN'],
      column.required ? '必填' : '选填',
      column.hint['zh-CN'],
      column.header.en,
      column.required ? 'yes' : 'no',
      column.hint.en,
    ]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
