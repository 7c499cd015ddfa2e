import { meetingLabels, type AppliedRule, type Finding } from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { cadenceLabels } from '../conference-roster/messages.js';
import { cssProperties } from '../shared/css-properties.js';
import type { Say } from '../shared/say.js';
import type { CalendarCell, CalendarColumn, CalendarOrg, CalendarRow } from './calendar-model.js';
import { meetingCalendarMessages as messages } from './messages.js';

/** The cell holding the grid's tab stop: its row and first column. */
export interface ActiveCell {
  readonly rowKey: string;
  readonly column: number;
}

/** What the grid's templates need from the element. */
export interface GridContext {
  readonly say: Say;
  readonly columns: readonly CalendarColumn[];
  /** The orgs on the page shown. */
  readonly orgs: readonly CalendarOrg[];
  readonly active: ActiveCell | undefined;
  readonly orgName: (orgId: string) => string;
  readonly onKeyDown: (event: KeyboardEvent) => void;
  readonly onChoose: (rowKey: string, column: number) => void;
}

/** A rule as its citation reads: source, article, version, and whether the article is confirmed. */
export function citation(say: Say, rule: AppliedRule): string {
  const text = say(messages.article, {
    source: rule.source ?? rule.id,
    article: rule.article ?? '',
    version: rule.version ?? '',
  });
  return rule.confirmed ? text : text + say(messages.unconfirmed);
}

/** A finding with its rule, as the tooltip and the caption say it. */
export const findingLine = (say: Say, finding: Finding): string =>
  `${say(finding.text)} ${citation(say, finding.rule)}`;

export function rowLabel(say: Say, row: CalendarRow): string {
  if (row.secretaryLecture) return say(messages.secretaryLecture);
  const { kind, per, min } = row.row;
  return say(messages.rowLabel, { kind: say(meetingLabels[kind]), cadence: say(cadenceLabels[per]), min });
}

const periodOf = (cell: CalendarCell): string =>
  cell.periods.length === 1 ? cell.periods[0]!.label : `${cell.periods[0]!.label}–${cell.periods.at(-1)!.label}`;

/** What a reader hears for a cell: the period, held of required, not over yet, and its findings. */
export function cellText(say: Say, cell: CalendarCell): string {
  const counts = say(messages.cell, { period: periodOf(cell), held: cell.held, required: cell.required });
  return counts + (cell.closed ? '' : say(messages.cellOpen));
}

/**
 * A cell's accessible name starts with what it shows ("0/1", and the missing mark), so a
 * speech-input user can say what they see (WCAG 2.5.3 Label in Name); then it says it in words.
 */
function cellName(say: Say, cell: CalendarCell): string {
  const shown = `${cell.held}/${cell.required}${cell.findings.length > 0 ? say(messages.cellMissing) : ''}`;
  return [shown, cellText(say, cell), ...cell.findings.map((finding) => say(finding.text))].join('；');
}

function renderCell(context: GridContext, row: CalendarRow, cell: CalendarCell): TemplateResult {
  const { say, active } = context;
  const missing = cell.findings.length > 0;
  const tabStop = active?.rowKey === row.key && active.column === cell.column;
  const parts = ['cell', missing ? 'cell-missing' : '', cell.closed ? '' : 'cell-open'].filter(Boolean).join(' ');
  const tooltip = cell.findings.map((finding) => findingLine(say, finding)).join('\n');
  return html`<span
    class="cell ${missing ? 'missing' : ''} ${cell.closed ? '' : 'open'}"
    part=${parts}
    role="gridcell"
    aria-colindex=${cell.column + 2}
    aria-colspan=${cell.span > 1 ? cell.span : nothing}
    aria-selected=${String(tabStop)}
    aria-label=${cellName(say, cell)}
    title=${tooltip || cellText(say, cell)}
    tabindex=${tabStop ? 0 : -1}
    ${cssProperties({ '--_dj-column': cell.column + 2, '--_dj-span': cell.span })}
    data-row=${row.key}
    data-column=${cell.column}
    @click=${() => context.onChoose(row.key, cell.column)}
    ><span class="count">${cell.held}/${cell.required}</span>${
      missing
        ? html`<span class="finding" part="finding" aria-hidden="true">${say(messages.cellMissing)}</span>`
        : nothing
    }</span
  >`;
}

function renderRow(context: GridContext, row: CalendarRow, index: number): TemplateResult {
  return html`<div
    class="row ${row.secretaryLecture ? 'secretary' : ''}"
    part=${row.secretaryLecture ? 'row row-secretary' : 'row'}
    role="row"
    aria-rowindex=${index}
  >
    <span class="rowheader" role="rowheader" aria-colindex="1">${rowLabel(context.say, row)}</span>
    ${repeat(
      row.cells,
      (cell) => cell.column,
      (cell) => renderCell(context, row, cell),
    )}
  </div>`;
}

function renderOrg(context: GridContext, org: CalendarOrg, firstIndex: number): TemplateResult {
  return html`<div class="org" role="rowgroup" data-org-id=${org.orgId}>
    <div class="row org-row" part="org" role="row" aria-rowindex=${firstIndex}>
      <span class="org-name" role="rowheader" aria-colindex="1" aria-colspan=${context.columns.length + 1}
        >${context.orgName(org.orgId)}</span
      >
    </div>
    ${org.rows.map((row, index) => renderRow(context, row, firstIndex + 1 + index))}
  </div>`;
}

/** The grid: a header row of periods, then per org its name and a row per rule. */
export function renderGrid(context: GridContext): TemplateResult {
  const { say, columns } = context;
  const starts: number[] = [];
  let index = 2;
  for (const org of context.orgs) {
    starts.push(index);
    index += 1 + org.rows.length;
  }
  return html`<div
    class="grid"
    part="grid"
    role="grid"
    aria-rowcount="-1"
    aria-colcount=${columns.length + 1}
    ${cssProperties({ '--_dj-columns': columns.length })}
    @keydown=${context.onKeyDown}
  >
    <div class="head" role="rowgroup">
      <div class="row" role="row" aria-rowindex="1">
        <span class="columnheader corner" role="columnheader" aria-colindex="1">${say(messages.orgColumn)}</span>
        ${columns.map(
          (column, at) =>
            html`<span class="columnheader" role="columnheader" aria-colindex=${at + 2}>${column.label}</span>`,
        )}
      </div>
    </div>
    ${context.orgs.map((org, at) => renderOrg(context, org, starts[at]!))}
  </div>`;
}

/** The caption under the grid: the active cell's org, rule, counts, and each finding with its rule. */
export function renderDetail(context: GridContext): TemplateResult | typeof nothing {
  const { say, active } = context;
  const row = context.orgs.flatMap((org) => org.rows).find((each) => each.key === active?.rowKey);
  const cell = row?.cells.find((each) => each.column === active?.column);
  if (!row || !cell) return nothing;
  return html`<section class="detail" part="detail" aria-label=${say(messages.detail)}>
    <p class="detail-head">
      <strong>${context.orgName(row.row.orgId)}</strong> · ${rowLabel(say, row)} · ${cellText(say, cell)}
    </p>
    <p class="detail-rule">${citation(say, row.row.rule)}</p>
    ${
      cell.findings.length === 0
        ? html`<p class="detail-none">${say(messages.noFindings)}</p>`
        : html`<ul class="detail-findings">
            ${cell.findings.map(
              (finding) =>
                html`<li>
                  <span class="finding-text">${say(finding.text)}</span>
                  <span class="finding-rule">${citation(say, finding.rule)}</span>
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}
