import type { CellValue } from 'exceljs';

/** A date cell is a UTC midnight in exceljs: read its calendar day without any time zone shift. */
const dayOf = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * A cell as the text a person sees, which is what the roster parser reads. Numbers keep their
 * digits only while they are exact: an 18-digit ID number typed as a number has already lost
 * its last digits in Excel, and the parser will say the number is invalid.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dayOf(value);
  if (typeof value === 'number')
    return Number.isSafeInteger(value) || !Number.isInteger(value) ? String(value) : value.toFixed(0);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return value.text;
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result as CellValue);
  if ('error' in value) return '';
  return '';
}
