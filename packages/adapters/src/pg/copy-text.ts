import type { CopyRow } from '../postgres/driver.js';

// COPY's text format: one line per row, values separated by tabs, `\N` for NULL, and a backslash
// escape for the four characters that would otherwise end a value or a row.
const escapes: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

const field = (value: string | null): string =>
  value === null ? '\\N' : value.replace(/[\\\t\n\r]/g, (char) => escapes[char]!);

export const copyTextLine = (row: CopyRow): string => `${row.map(field).join('\t')}\n`;

/** Whole lines grouped into messages of about `size` bytes: the server takes rows in any split. */
export function copyTextChunks(rows: readonly CopyRow[], size = 256 * 1024): Buffer[] {
  const chunks: Buffer[] = [];
  let lines: string[] = [];
  let length = 0;
  for (const row of rows) {
    const line = copyTextLine(row);
    lines.push(line);
    length += line.length;
    if (length >= size) {
      chunks.push(Buffer.from(lines.join(''), 'utf8'));
      lines = [];
      length = 0;
    }
  }
  if (lines.length > 0) chunks.push(Buffer.from(lines.join(''), 'utf8'));
  return chunks;
}
