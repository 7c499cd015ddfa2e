import { fill, orgKindLabels, type Locale, type MemberCount } from '@dangjian/core';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { cssProperties } from '../shared/css-properties.js';
import { orgTreeMessages } from './messages.js';
import type { OrgMoveController } from './move-controller.js';
import type { DropRefusal } from './move-targets.js';
import type { VisibleRow } from './tree-model.js';
import { nameParts } from './tree-search.js';

const chevron = svg`<svg viewBox="0 0 12 12" aria-hidden="true" focusable="false">
  <path d="M4 2.5 7.5 6 4 9.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

/** Everything one `treeitem` shows, decided by the tree before rendering. */
export interface RowView {
  readonly row: VisibleRow;
  /** Position among all visible rows: where the row is drawn. */
  readonly index: number;
  readonly selected: boolean;
  readonly tabStop: boolean;
  readonly query: string | undefined;
  readonly count: MemberCount | undefined;
  readonly draggable: boolean;
  /** The org picked up for moving is this one. */
  readonly picked: boolean;
  /** While an org is picked up: whether this row is where it would go, or cannot take it. */
  readonly drop: 'target' | 'invalid' | undefined;
}

const refusedDrops: ReadonlySet<DropRefusal> = new Set(['cycle', 'nesting']);

/** Whether a row is marked as unable to take the picked org (its own row and present parent are not "invalid"). */
export const isInvalidDrop = (refusal: DropRefusal | undefined): boolean =>
  refusal !== undefined && refusedDrops.has(refusal);

/** What the whole tree decides for every row it renders. */
export interface TreeState {
  readonly selected: string | undefined;
  readonly activeId: string | undefined;
  readonly query: string | undefined;
  readonly counts: ReadonlyMap<string, MemberCount> | undefined;
  readonly movable: boolean;
}

/** The view of the row at `index`, given the tree's state and the move in progress. */
export function rowViewOf(row: VisibleRow, index: number, move: OrgMoveController, tree: TreeState): RowView {
  const id = row.org.id;
  const refusal = move.refusalFor(id);
  return {
    row,
    index,
    selected: id === tree.selected,
    tabStop: id === tree.activeId,
    query: tree.query,
    count: tree.counts?.get(id),
    draggable: tree.movable,
    picked: move.picked?.orgId === id,
    drop: move.dropTarget === id ? 'target' : isInvalidDrop(refusal) ? 'invalid' : undefined,
  };
}

function partsOf(view: RowView): string {
  const parts = ['item'];
  if (view.selected) parts.push('item-selected');
  if (view.picked) parts.push('item-picked');
  if (view.drop === 'target') parts.push('item-drop-target');
  if (view.drop === 'invalid') parts.push('item-drop-invalid');
  return parts.join(' ');
}

function label(view: RowView): TemplateResult {
  const pieces = nameParts(view.row.org.name, view.query).map((part) =>
    part.match ? html`<mark part="match">${part.text}</mark>` : part.text,
  );
  return html`<span class="label" part="label">${pieces}</span>`;
}

function count(count: MemberCount | undefined, locale: Locale): TemplateResult | typeof nothing {
  if (!count) return nothing;
  const title = fill(orgTreeMessages.countTitle[locale], { members: count.members, full: count.full }, locale);
  return html`<span class="count" part="count" title=${title}
    >${count.members}<span class="visually-hidden">${orgTreeMessages.membersSuffix[locale]}</span></span
  >`;
}

/**
 * One row of the tree: a flat `treeitem` carrying its own level, position and set size, placed
 * by `--_dj-index` (set through the CSSOM) so only the rows in view need to exist.
 */
export function renderRow(view: RowView, locale: Locale): TemplateResult {
  const { row } = view;
  return html`<div
    class="row ${view.picked ? 'picked' : ''} ${view.drop ? `drop-${view.drop}` : ''}"
    part=${partsOf(view)}
    role="treeitem"
    data-org-id=${row.org.id}
    aria-level=${row.level}
    aria-setsize=${row.setSize}
    aria-posinset=${row.posInSet}
    aria-expanded=${row.hasChildren ? String(row.expanded) : nothing}
    aria-selected=${String(view.selected)}
    tabindex=${view.tabStop ? 0 : -1}
    draggable=${view.draggable ? 'true' : nothing}
    ${cssProperties({ '--_dj-index': view.index })}
  >
    <span class="toggle" part="toggle" data-toggle>${row.hasChildren ? chevron : nothing}</span>
    ${label(view)}
    <span class="kind" part="kind">${orgKindLabels[row.org.kind][locale]}</span>
    ${count(view.count, locale)}
    ${
      view.drop === 'invalid'
        ? html`<span class="visually-hidden">${orgTreeMessages.cannotDrop[locale]}</span>`
        : nothing
    }
  </div>`;
}
