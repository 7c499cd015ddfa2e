import { rosterColumns, toCsv, type Locale } from '@dangjian/core';

/**
 * The import template as CSV: the header row in the reader's language (the import reads either).
 * Headers only: a row of hints would be read back as a member. The hints are in the dialog.
 */
export function templateCsv(locale: Locale): string {
  return toCsv([rosterColumns.map((column) => column.header[locale])]);
}

/** Offers text as a file download: a Blob URL, which a strict CSP allows (no `data:` needed). */
export function download(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
