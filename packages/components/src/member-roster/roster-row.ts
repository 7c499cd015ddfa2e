import type { Locale } from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import { cssProperties } from '../shared/css-properties.js';
import { keyedRows } from '../shared/keyed-rows.js';
import { genderLabels, stageLabels } from '../shared/member-labels.js';
import { shownIdNumber, shownPhone } from '../shared/pii.js';
import { renderChip } from './category-chip.js';
import { plainCells } from './columns.js';
import { loadingId, type Active, type Shown } from './grid-focus.js';
import type { RosterEntry } from './roster-model.js';

/** Everything one grid row shows, decided by the roster before rendering. */
export interface RowView {
  readonly entry: RosterEntry;
  /** Position among the filtered rows: where the row is drawn. */
  readonly index: number;
  readonly selected: boolean;
  /** The focus stop holding the grid's tab stop, when it is in this row. */
  readonly tabStop: number | undefined;
  readonly unmask: boolean;
}

/** A plain cell; `title` where a long text may be cut short (the whole text on hover). */
function cell(view: RowView, stop: number, column: string, content: unknown, title?: string): TemplateResult {
  return html`<div
    class="cell ${column}"
    part="cell cell-${column}"
    role="gridcell"
    data-stop=${stop}
    tabindex=${view.tabStop === stop ? 0 : -1}
    title=${title ?? nothing}
  >
    ${content}
  </div>`;
}

/** The last cell: category chips, then care chips; itself a focus stop when it holds none. */
function chipsCell(view: RowView, locale: Locale): TemplateResult {
  const { categories, care } = view.entry.classification;
  const id = view.entry.member.id;
  if (categories.length + care.length === 0) return cell(view, plainCells, 'categories', '');
  const chips = [
    ...categories.map((result, at) =>
      renderChip(id, result, 'category', plainCells + at, view.tabStop === plainCells + at, locale),
    ),
    ...care.map((result, at) => {
      const stop = plainCells + categories.length + at;
      return renderChip(id, result, 'care', stop, view.tabStop === stop, locale);
    }),
  ];
  return html`<div class="cell categories" part="cell cell-categories" role="gridcell">${chips}</div>`;
}

/** How many focus stops a row has: its plain cells, then one per chip (or the empty chip cell). */
export function stopsOf(entry: RosterEntry): number {
  return plainCells + Math.max(1, entry.classification.categories.length + entry.classification.care.length);
}

/**
 * One row of the grid, placed by `--_dj-index` (set through the CSSOM, which a strict CSP allows)
 * so only the rows in view need to exist; `aria-rowindex` tells assistive technology where it
 * sits among all rows (the header is row 1).
 */
export function renderRosterRow(view: RowView, locale: Locale): TemplateResult {
  const { member, age, orgName } = view.entry;
  const stage = stageLabels[member.stage][locale];
  return html`<div
    class="row"
    part=${view.selected ? 'row row-selected' : 'row'}
    role="row"
    data-member-id=${member.id}
    aria-rowindex=${view.index + 2}
    aria-selected=${String(view.selected)}
    ${cssProperties({ '--_dj-index': view.index })}
  >
    ${cell(view, 0, 'name', member.name, member.name)} ${cell(view, 1, 'gender', genderLabels[member.gender][locale])}
    ${cell(view, 2, 'age', age ?? '—')} ${cell(view, 3, 'stage', stage, stage)}
    ${cell(view, 4, 'org', orgName, orgName)} ${cell(view, 5, 'id-number', shownIdNumber(member.idNumber, view.unmask))}
    ${cell(view, 6, 'phone', shownPhone(member.phone, view.unmask))} ${chipsCell(view, locale)}
  </div>`;
}

/** A row not fetched yet (a roster paged from a server): in place, busy, with nothing to focus but itself. */
export function renderLoadingRow(index: number, id: string, tabStop: boolean, text: string): TemplateResult {
  return html`<div
    class="row loading"
    part="row row-loading"
    role="row"
    aria-busy="true"
    data-member-id=${id}
    aria-rowindex=${index + 2}
    ${cssProperties({ '--_dj-index': index })}
  >
    <div class="cell name" part="cell" role="gridcell" data-stop="0" tabindex=${tabStop ? 0 : -1}>${text}</div>
  </div>`;
}

/** What the whole grid decides for every body row it renders. */
export interface GridState {
  readonly active: Active;
  readonly selected: string | undefined;
  readonly unmask: boolean;
  readonly locale: Locale;
  /** The text of a row not fetched yet. */
  readonly loadingText: string;
}

/** The body rows at `positions`: a member's row, or a loading row where none is fetched yet; keyed, so focus stays put. */
export function renderBodyRows(shown: Shown, positions: readonly number[], grid: GridState): unknown {
  const { active } = grid;
  const views = positions.map((index) => {
    const entry = shown.entries[index];
    const tabStop = entry && active.id === entry.member.id ? active.stop : undefined;
    return { entry, index, selected: entry?.member.id === grid.selected, tabStop, unmask: grid.unmask };
  });
  return keyedRows(
    views,
    (view) => view.entry?.member.id ?? loadingId(view.index),
    (view) =>
      view.entry
        ? renderRosterRow({ ...view, entry: view.entry }, grid.locale)
        : renderLoadingRow(view.index, loadingId(view.index), active.id === loadingId(view.index), grid.loadingText),
  );
}
