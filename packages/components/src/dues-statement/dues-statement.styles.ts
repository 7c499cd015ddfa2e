import { css } from 'lit';
import { visuallyHidden } from '../shared/a11y.styles.js';
import { formStyles } from '../shared/form.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { tokens } from '../shared/tokens.styles.js';

export const duesStatementStyles = [
  tokens,
  hostStyles,
  visuallyHidden,
  formStyles,
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
    }

    th,
    td {
      padding: calc(var(--_dj-space) / 2);
      border-block-end: 1px solid var(--_dj-color-border);
      text-align: start;
    }

    .fen {
      font-variant-numeric: tabular-nums;
      text-align: end;
    }

    tfoot th,
    tfoot td {
      font-weight: 600;
    }

    tr[data-state='unpaid'] [data-col='owing'] {
      color: var(--_dj-color-primary);
      font-weight: 600;
    }

    .note {
      display: block;
      color: var(--_dj-color-text-muted);
      font-size: 0.875em;
    }

    .row-actions button {
      min-block-size: 1.75rem;
      margin-inline-end: 0.25rem;
    }

    .readiness {
      margin-block: var(--_dj-space);
    }

    [part='action-form'],
    .report {
      margin-block: var(--_dj-space);
      padding: var(--_dj-space);
      border: 1px solid var(--_dj-color-border);
      border-radius: var(--_dj-radius);
    }

    .report {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--_dj-space);
    }

    .status {
      margin: 0;
      color: var(--_dj-color-text-muted);
    }
  `,
];
