import { css } from 'lit';
import { controlLook, focusRing } from '../shared/control.styles.js';
import { visuallyHidden } from '../shared/a11y.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { tokens } from '../shared/tokens.styles.js';
import { chipStyles } from '../shared/chip.styles.js';

export const memberRosterStyles = [
  tokens,
  hostStyles,
  visuallyHidden,
  chipStyles,
  controlLook('select, button, input'),
  focusRing('select', 'button', 'input'),
  css`
    :host {
      --_dj-row-height: var(--dj-member-roster-row-height, 2.5rem);
      display: flex;
      flex-direction: column;
      gap: var(--_dj-space);
    }

    .toolbar,
    .filters {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_dj-space);
    }

    .filter {
      display: inline-flex;
      align-items: center;
      gap: calc(var(--_dj-space) / 2);
    }

    select,
    button,
    input {
      min-block-size: 2rem;
      padding: 0 var(--_dj-space);
    }

    /* The org search box's list drops below it, over the grid. */
    .org-search {
      position: relative;
    }

    .org-search [role='listbox'] {
      position: absolute;
      inset-block-start: 100%;
      inset-inline-end: 0;
      z-index: 2;
      min-inline-size: 100%;
      max-block-size: 20rem;
      overflow: auto;
      margin: 2px 0 0;
      padding: 2px 0;
      list-style: none;
      border: 1px solid var(--_dj-color-border);
      border-radius: var(--_dj-radius);
      background: var(--_dj-color-surface);
      box-shadow: 0 4px 12px rgb(0 0 0 / 15%);
    }

    .org-search [role='listbox'][hidden] {
      display: none;
    }

    .org-search [role='option'] {
      padding: 0.25rem var(--_dj-space);
      padding-inline-start: calc(var(--_dj-space) * (1 + var(--_dj-depth, 0)));
      white-space: nowrap;
      cursor: pointer;
    }

    .org-search [role='option'][aria-selected='true'] {
      background: var(--_dj-color-primary-subtle);
      outline: 2px solid var(--_dj-color-focus);
      outline-offset: -2px;
    }

    .org-search .parent {
      color: var(--_dj-color-text-muted);
    }

    .org-search .more {
      padding: 0.25rem var(--_dj-space);
      color: var(--_dj-color-text-muted);
      font-size: 0.875em;
    }

    .count {
      color: var(--_dj-color-text-muted);
      font-variant-numeric: tabular-nums;
    }

    .unmask {
      margin-inline-start: auto;
      cursor: pointer;
    }

    /* The grid is the scroll box; the header sticks while the body scrolls under it. */
    .grid {
      /* The chips column is as wide as the widest row of chips (--_dj-chips-inline-size, set from
         the data); the rows never get narrower than every column's minimum, the grid scrolls. */
      --_dj-chips-min: max(10rem, var(--_dj-chips-inline-size, 0px));
      /* The columns whose header is longer in English than in Chinese. */
      --_dj-name-min: 5rem;
      --_dj-gender: 3.5rem;
      --_dj-columns: var(
        --dj-member-roster-columns,
        minmax(var(--_dj-name-min), 1fr) var(--_dj-gender) 5rem 6rem minmax(10rem, 1.5fr) 11.5rem 8rem
          minmax(var(--_dj-chips-min), 2fr)
      );
      --_dj-min-inline-size: var(
        --dj-member-roster-min-width,
        calc(var(--_dj-name-min) + var(--_dj-gender) + 5rem + 6rem + 10rem + 11.5rem + 8rem + var(--_dj-chips-min))
      );
      position: relative;
      overflow: auto;
      max-block-size: var(--dj-member-roster-max-height, 32rem);
      border: 1px solid var(--_dj-color-border);
      border-radius: var(--_dj-radius);
      scroll-padding-block-start: var(--_dj-row-height);
    }

    :host(:lang(en)) .grid {
      --_dj-name-min: 6.5rem;
      --_dj-gender: 5rem;
    }

    .head {
      position: sticky;
      inset-block-start: 0;
      z-index: 2;
      background: var(--_dj-color-hover);
    }

    .head,
    .body {
      min-inline-size: var(--_dj-min-inline-size);
    }

    /* As tall as every shown row, though only those in view exist: the scrollbar is true. */
    .body {
      position: relative;
      block-size: calc(var(--_dj-rows, 0) * var(--_dj-row-height));
    }

    .row {
      display: grid;
      grid-template-columns: var(--_dj-columns);
      align-items: center;
      box-sizing: border-box;
      block-size: var(--_dj-row-height);
      min-inline-size: 100%;
      border-block-end: 1px solid var(--_dj-color-border);
    }

    .body .row {
      position: absolute;
      inset-inline: 0;
      inset-block-start: calc(var(--_dj-index, 0) * var(--_dj-row-height));
      cursor: pointer;
    }

    .body .row:hover {
      background: var(--_dj-color-hover);
    }

    /* Selected is shown by a bar and weight as well as colour (WCAG 1.4.1). */
    .body .row[aria-selected='true'] {
      background: var(--_dj-color-primary-subtle);
      box-shadow: inset 3px 0 0 var(--_dj-color-primary);
      font-weight: 600;
    }

    .cell {
      box-sizing: border-box;
      min-inline-size: 0;
      padding-inline: var(--_dj-space);
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      outline: none;
    }

    .cell:focus-visible {
      outline: 2px solid var(--_dj-color-focus);
      outline-offset: -2px;
    }

    .cell.age,
    .cell.id-number,
    .cell.phone {
      font-variant-numeric: tabular-nums;
    }

    /* Chips carry tooltips that must not be clipped by the cell. */
    .cell.categories {
      display: flex;
      gap: 0.25rem;
      overflow: visible;
    }

    [role='columnheader'] {
      color: var(--_dj-color-text-muted);
      font-weight: 600;
    }

    .sort {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      min-block-size: 1.75rem;
      padding: 0 0.25rem;
      border: none;
      background: none;
      color: inherit;
      font-weight: inherit;
      cursor: pointer;
    }

    /* Inside the button: the header cell clips what overflows it, a ring outside included. */
    .sort:focus-visible {
      outline-offset: -2px;
    }

    /* Room for the arrow kept while unsorted: sorting does not shift the header. */
    .arrow {
      min-inline-size: 0.75em;
      font-size: 0.75em;
    }

    .status {
      margin: 0;
      padding: var(--_dj-space);
      color: var(--_dj-color-text-muted);
    }

    @media (forced-colors: active) {
      .body .row[aria-selected='true'] {
        outline: 2px solid Highlight;
        outline-offset: -2px;
      }
    }
  `,
];
