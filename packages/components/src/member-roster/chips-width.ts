import type { Locale, RuleResult } from '@dangjian/core';
import { resultLabel } from '../shared/member-labels.js';
import type { Shown } from './grid-focus.js';
import type { RosterEntry } from './roster-model.js';

/** The chip's font size and side padding, in the roster's em (chip.styles.ts). */
const chipFontSize = 0.8125;
const chipPadding = 0.9;
const chipBorderPx = 2;
const gapRem = 0.25;
/** The cell's padding either side (`--_dj-space`, 0.5rem by default). */
const cellPaddingRem = 1;
/** Border and gap of one chip, in em, to compare rows (about 6px at the default size). */
const chipExtraEms = 0.4;

/** Width of a label in em of its font: a CJK character fills its em, Latin letters about 0.6 of it. */
function labelEms(label: string): number {
  let ems = 0;
  for (const character of label) ems += character.codePointAt(0)! >= 0x2e80 ? 1 : 0.6;
  return ems;
}

/**
 * How wide the chips column must be for the widest row of chips among `entries`, as a CSS
 * length. Rows are windowed, so the column cannot size to its content: this sizes it to the data
 * (a CJK label is as wide as its characters) instead, and the grid scrolls sideways rather than
 * cutting a chip off when the screen is narrower.
 */
export function chipsInlineSize(entries: readonly RosterEntry[], locale: Locale): string {
  const ems = new Map<string, number>();
  const chipEms = (result: RuleResult): number => {
    let width = ems.get(result.yields);
    if (width === undefined) {
      width = chipFontSize * (labelEms(resultLabel(result)[locale]) + chipPadding);
      ems.set(result.yields, width);
    }
    return width;
  };
  let widest = { ems: 0, chips: 0 };
  for (const { classification } of entries) {
    const chips = classification.categories.length + classification.care.length;
    if (chips === 0) continue;
    let width = 0;
    for (const result of classification.categories) width += chipEms(result);
    for (const result of classification.care) width += chipEms(result);
    if (width + chips * chipExtraEms > widest.ems + widest.chips * chipExtraEms) widest = { ems: width, chips };
  }
  const { chips } = widest;
  const gaps = Math.max(0, chips - 1) * gapRem + cellPaddingRem;
  return `calc(${widest.ems.toFixed(3)}em + ${chips * chipBorderPx}px + ${gaps}rem)`;
}

/**
 * The same for the rows a grid shows (in paged mode, those fetched so far). Memoised on `shown`,
 * which stays the same object while only the scroll position changes: a new array of its rows
 * on every render made each scroll frame go over every member.
 */
export const shownChipsInlineSize = (shown: Shown, locale: Locale): string =>
  chipsInlineSize(
    shown.entries.filter((entry) => entry !== undefined),
    locale,
  );
