import { css } from 'lit';
import { hostStyles } from '../shared/host.styles.js';
import { tokens } from '../shared/tokens.styles.js';

export const coverageBoardStyles = [
  tokens,
  hostStyles,
  css`
    :host {
      display: block;
    }

    .board {
      display: grid;
      gap: var(--_dj-space);
    }

    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_dj-space);
      margin: 0;
    }

    .total {
      display: flex;
      flex-direction: column-reverse;
      min-inline-size: 6rem;
      padding: calc(var(--_dj-space) / 2) var(--_dj-space);
      border: 1px solid var(--_dj-color-border);
      border-radius: var(--_dj-radius);
    }

    .total dt {
      color: var(--_dj-color-text-muted);
      font-size: 0.8125em;
    }

    .total dd {
      margin: 0;
      font-size: 1.5em;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }

    /* Blank spots are the figure to act on: the accent colour and a thicker edge, not colour alone. */
    .total-none {
      border-color: var(--_dj-color-primary);
      border-inline-start-width: 4px;
    }

    .total-none dd {
      color: var(--_dj-color-primary);
    }

    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_dj-space) / 2);
    }

    .filter {
      display: inline-flex;
      align-items: center;
      gap: 0.375em;
      min-block-size: 2rem;
      padding: 0 0.75em;
      border: 1px solid var(--_dj-color-border);
      border-radius: 999px;
      background: var(--_dj-color-surface);
      color: var(--_dj-color-text);
      font: inherit;
      cursor: pointer;
    }

    /* Pressed is shown by a check mark and weight as well as colour (WCAG 1.4.1). */
    .filter[aria-pressed='true'] {
      border-color: var(--_dj-color-primary);
      background: var(--_dj-color-primary-subtle);
      font-weight: 600;
    }

    .filter[aria-pressed='true']::before {
      content: '✓';
    }

    .filter-count,
    .section-count {
      color: var(--_dj-color-text-muted);
      font-variant-numeric: tabular-nums;
      font-weight: 400;
    }

    .filter:focus-visible,
    .unit:focus-visible {
      outline: 2px solid var(--_dj-color-focus);
      outline-offset: 1px;
    }

    .heading {
      margin: var(--_dj-space) 0 calc(var(--_dj-space) / 2);
      font-size: 1.0625em;
      font-weight: 600;
    }

    .section-none .heading {
      color: var(--_dj-color-primary);
    }

    .list,
    .findings {
      display: grid;
      gap: calc(var(--_dj-space) / 2);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .unit {
      display: grid;
      gap: 0.25rem;
      padding: calc(var(--_dj-space) / 2) var(--_dj-space);
      border: 1px solid var(--_dj-color-border);
      border-radius: var(--_dj-radius);
      cursor: pointer;
      /* Hundreds of units in a district: the browser skips laying out the ones off screen. */
      content-visibility: auto;
      contain-intrinsic-size: auto 4.5rem;
    }

    .unit:hover {
      background: var(--_dj-color-hover);
    }

    .unit[aria-selected='true'] {
      background: var(--_dj-color-primary-subtle);
      box-shadow: inset 3px 0 0 var(--_dj-color-primary);
    }

    .section-none .unit {
      border-inline-start: 4px solid var(--_dj-color-primary);
    }

    .unit-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: calc(var(--_dj-space) / 2);
    }

    .name {
      font-weight: 600;
    }

    .kind,
    .formation {
      padding: 0 0.375em;
      border: 1px solid currentColor;
      border-radius: var(--_dj-radius);
      font-size: 0.8125em;
      line-height: 1.5;
    }

    .kind {
      color: var(--_dj-color-text-muted);
    }

    .formation {
      color: var(--_dj-color-primary);
    }

    .reason,
    .empty,
    .status {
      color: var(--_dj-color-text-muted);
    }

    .empty,
    .status {
      margin: 0;
    }

    .finding {
      color: var(--_dj-color-text);
    }

    .finding::before {
      content: '⚠ ';
    }

    @media (forced-colors: active) {
      .unit[aria-selected='true'],
      .filter[aria-pressed='true'] {
        outline: 2px solid Highlight;
      }
    }
  `,
];
