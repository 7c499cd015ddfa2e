import { css } from 'lit';
import { visuallyHidden } from '../shared/a11y.styles.js';
import { controlLook, focusRing } from '../shared/control.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { tokens } from '../shared/tokens.styles.js';

export const meetingCalendarStyles = [
  tokens,
  hostStyles,
  visuallyHidden,
  controlLook('button'),
  focusRing('button', '.cell'),
  css`
    :host {
      display: block;
    }

    .calendar {
      display: grid;
      gap: var(--_dj-space);
    }

    .summary {
      margin: 0;
      color: var(--_dj-color-text-muted);
    }

    .without {
      margin-inline-start: var(--_dj-space);
    }

    .views,
    .pager {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_dj-space) / 2);
    }

    button {
      min-block-size: 2rem;
      padding: 0.25rem var(--_dj-space);
      cursor: pointer;
    }

    button[aria-pressed='true'] {
      border-color: var(--_dj-color-primary);
      background: var(--_dj-color-primary-subtle);
    }

    button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }

    /* Rows are display: contents so every cell sits on one grid and columns line up across orgs. */
    .grid {
      display: grid;
      grid-template-columns: minmax(10rem, max-content) repeat(var(--_dj-columns), minmax(3.25rem, 1fr));
      overflow-x: auto;
      border: 1px solid var(--_dj-color-border);
      border-radius: var(--_dj-radius);
    }

    .head,
    .org,
    .row {
      display: contents;
    }

    .columnheader,
    .rowheader,
    .org-name,
    .cell {
      padding: 0.25rem 0.5rem;
      border-block-end: 1px solid var(--_dj-color-border);
    }

    .columnheader {
      font-weight: 600;
      text-align: center;
      font-variant-numeric: tabular-nums;
    }

    .corner {
      text-align: start;
    }

    .org-name {
      grid-column: 1 / -1;
      font-weight: 600;
      background: var(--_dj-color-hover, transparent);
    }

    .rowheader {
      grid-column: 1;
      color: var(--_dj-color-text-muted);
    }

    /* Row labels stay in view while a narrow screen scrolls the months. */
    .rowheader,
    .corner {
      position: sticky;
      inset-inline-start: 0;
      z-index: 1;
      background: var(--_dj-color-surface);
    }

    /* The secretary's own 党课 is a rule apart: set off by a dashed line and italics, not colour alone. */
    .secretary .rowheader,
    .secretary .cell {
      border-block-start: 1px dashed var(--_dj-color-border);
      font-style: italic;
    }

    /* Placed by custom properties set through the CSSOM: a strict CSP blocks style attributes. */
    .cell {
      grid-column: var(--_dj-column) / span var(--_dj-span);
      display: flex;
      justify-content: center;
      gap: 0.25rem;
      text-align: center;
      font-variant-numeric: tabular-nums;
      cursor: pointer;
      border-inline-start: 1px solid var(--_dj-color-border);
    }

    .cell.open {
      color: var(--_dj-color-text-muted);
    }

    .cell.missing {
      background: var(--_dj-color-primary-subtle);
      box-shadow: inset 3px 0 0 var(--_dj-color-primary);
    }

    .cell[aria-selected='true'] {
      outline: 1px solid var(--_dj-color-primary);
    }

    .finding {
      color: var(--_dj-color-primary);
      font-weight: 600;
    }

    .detail {
      padding: calc(var(--_dj-space) / 2) var(--_dj-space);
      border: 1px solid var(--_dj-color-border);
      border-radius: var(--_dj-radius);
    }

    .detail p,
    .detail ul {
      margin: 0.25rem 0;
    }

    .detail-rule,
    .finding-rule {
      color: var(--_dj-color-text-muted);
      font-size: 0.875em;
    }

    .finding-rule {
      display: block;
    }
  `,
];
