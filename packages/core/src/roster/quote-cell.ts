import type { LocalizedText } from '../i18n/locale.js';
import { rosterMessages } from './messages.js';
import { mayCarryPii } from '../schema/pii-shapes.js';

/**
 * A cell as a roster issue may quote it. Columns get shifted — an ID number lands in 性别, a
 * phone in 党员类别 — so no column's cells can be trusted to be harmless: a cell with as many
 * digits as a personal number is never quoted, whatever column it is in, and a placeholder
 * says so instead. The issue still names the row and column, which is enough to find it.
 */
export function quoteCell(cell: string): LocalizedText {
  return mayCarryPii(cell) ? rosterMessages.cellWithheld.templates : { 'zh-CN': cell, en: cell };
}
