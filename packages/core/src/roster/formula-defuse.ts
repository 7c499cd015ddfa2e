/**
 * Cells a spreadsheet would run as a formula (=, +, -, @, tab, CR first): CSV injection. Leading
 * apostrophes are part of the pattern so that a cell which already starts with `'=` is defused
 * too; otherwise `restoreDefused` could not tell it from one this module wrote, and would eat it.
 */
const formulaStart = /^'*[=+\-@\t\r]/;

/**
 * Disarms a would-be formula with a leading apostrophe, which spreadsheets show as text. The one
 * home of the idea: the CSV and .xlsx writers both call it, and the roster import undoes it.
 */
export function defuseFormula(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

/** Reads a cell written by `defuseFormula` back to what it was: `restoreDefused(defuseFormula(x)) === x` for every x. */
export function restoreDefused(cell: string): string {
  return cell.startsWith("'") && formulaStart.test(cell.slice(1)) ? cell.slice(1) : cell;
}
