import { html, nothing, type TemplateResult } from 'lit';
import type { Say } from '../shared/say.js';
import { rosterGridColumns, type RosterColumn } from './columns.js';
import type { Active } from './grid-focus.js';
import { memberRosterMessages } from './messages.js';
import type { SortDirection, SortKey } from './roster-model.js';

export interface HeaderState {
  readonly active: Active;
  readonly sort: SortKey;
  readonly direction: SortDirection;
}

function sortButton(column: RosterColumn, stop: number, tabStop: boolean, arrow: string, say: Say): TemplateResult {
  return html`<button
    class="sort"
    part="sort"
    type="button"
    data-stop=${stop}
    data-sort=${column.sort!}
    tabindex=${tabStop ? 0 : -1}
  >
    ${say(column.header)}<span class="arrow" aria-hidden="true">${arrow}</span>
  </button>`;
}

/** The header row of the grid: a column header per column, a sort button in those that sort. */
export function renderHeader({ active, sort, direction }: HeaderState, say: Say): TemplateResult {
  const cells = rosterGridColumns.map((column, stop) => {
    const tabStop = active.id === null && active.stop === stop;
    const sorted = column.sort !== undefined && column.sort === sort;
    const arrow = !sorted ? '' : direction === 'ascending' ? '▲' : '▼';
    return html`<div
      class="cell ${column.id}"
      role="columnheader"
      aria-sort=${sorted ? direction : nothing}
      data-stop=${stop}
      tabindex=${column.sort || !tabStop ? -1 : 0}
    >
      ${column.sort ? sortButton(column, stop, tabStop, arrow, say) : say(column.header)}
    </div>`;
  });
  return html`<div class="row header" part="header" role="row" aria-rowindex="1">${cells}</div>`;
}

/** The button that asks for full ID numbers and phones, or masks them again. */
export function renderUnmask(unmask: boolean, say: Say, onClick: () => void): TemplateResult {
  return html`<button class="unmask" part="unmask" type="button" aria-pressed=${String(unmask)} @click=${onClick}>
    ${say(unmask ? memberRosterMessages.mask : memberRosterMessages.unmask)}
  </button>`;
}
