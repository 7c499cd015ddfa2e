import { defuseFormula } from './formula-defuse.js';

/** Cursor state of the CSV reader. */
interface Reader {
  rows: string[][];
  row: string[];
  cell: string;
  quoted: boolean;
}

function endCell(reader: Reader): void {
  reader.row.push(reader.cell);
  reader.cell = '';
}

function endRow(reader: Reader): void {
  endCell(reader);
  reader.rows.push(reader.row);
  reader.row = [];
}

/**
 * Reads CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into rows of cells. A
 * leading byte-order mark is dropped: spreadsheet programs in China write UTF-8 with one.
 * Blank lines are skipped.
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const reader: Reader = { rows: [], row: [], cell: '', quoted: false };
  for (let i = 0; i < input.length; i++) {
    const char = input[i]!;
    if (reader.quoted) {
      if (char !== '"') reader.cell += char;
      else if (input[i + 1] === '"') reader.cell += input[++i];
      else reader.quoted = false;
    } else if (char === '"' && reader.cell === '') reader.quoted = true;
    else if (char === ',') endCell(reader);
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      endRow(reader);
    } else reader.cell += char;
  }
  if (reader.cell !== '' || reader.row.length > 0) endRow(reader);
  return reader.rows.filter((cells) => cells.some((each) => each.trim() !== ''));
}

const needsQuotes = /[",\r\n]/;

/**
 * Writes rows as CSV (with a BOM, so Excel opens Chinese text correctly). Free text such as a
 * name could start with `=`; such cells are defused so opening the file never runs a formula.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const quote = (cell: string): string => (needsQuotes.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  const line = (cells: readonly string[]): string => cells.map((cell) => quote(defuseFormula(cell))).join(',');
  return `\uFEFF${rows.map(line).join('\r\n')}\r\n`;
}
