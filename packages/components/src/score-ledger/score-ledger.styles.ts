import { css } from 'lit';
import { visuallyHidden } from '../shared/a11y.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { tokens } from '../shared/tokens.styles.js';

export const scoreLedgerStyles = [
  tokens,
  hostStyles,
  visuallyHidden,
  css`
    :host {
      display: block;
    }

    .heading {
      margin-block: var(--_dj-space);
      font-size: 1.125em;
      font-weight: 600;
    }

    table {
      inline-size: 100%;
      border-collapse: collapse;
      margin-block-end: var(--_dj-space);
    }

    caption {
      text-align: start;
      font-weight: 600;
      padding-block: calc(var(--_dj-space) / 2);
    }

    th,
    td {
      padding: calc(var(--_dj-space) / 2);
      border-block-end: 1px solid var(--_dj-color-border);
      text-align: start;
    }

    .num {
      font-variant-numeric: tabular-nums;
      text-align: end;
    }

    tr[data-reduced='true'] [data-col='points'],
    .note {
      color: var(--_dj-color-primary);
    }

    tfoot th,
    tfoot td {
      font-weight: 600;
    }

    .status,
    .scheme {
      color: var(--_dj-color-text-muted);
    }

    .excluded {
      padding: var(--_dj-space);
      background: var(--_dj-color-primary-subtle);
      border-radius: var(--_dj-radius);
    }

    button {
      font: inherit;
      cursor: pointer;
    }

    button.link {
      padding: 0;
      border: 0;
      background: none;
      color: var(--_dj-color-primary);
      text-decoration: underline;
    }

    button:focus-visible {
      outline: 2px solid var(--_dj-color-focus);
      outline-offset: 2px;
    }
  `,
];
