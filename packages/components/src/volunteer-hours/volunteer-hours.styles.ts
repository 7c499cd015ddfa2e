import { css } from 'lit';
import { visuallyHidden } from '../shared/a11y.styles.js';
import { formStyles } from '../shared/form.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { tokens } from '../shared/tokens.styles.js';

export const volunteerHoursStyles = [
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
      margin-block-end: var(--_dj-space);
      border-collapse: collapse;
    }

    caption {
      font-weight: 600;
      text-align: start;
    }

    th,
    td {
      padding: calc(var(--_dj-space) / 2);
      border-block-end: 1px solid var(--_dj-color-border);
      text-align: start;
    }

    .number {
      font-variant-numeric: tabular-nums;
      text-align: end;
    }

    tfoot th,
    tfoot td {
      font-weight: 600;
    }

    .note {
      color: var(--_dj-color-text-muted);
      font-size: 0.875em;
    }

    [part='record-form'] {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--_dj-space);
      margin-block: var(--_dj-space);
      padding: var(--_dj-space);
      border: 1px solid var(--_dj-color-border);
      border-radius: var(--_dj-radius);
    }

    .status {
      margin: 0;
      color: var(--_dj-color-text-muted);
    }
  `,
];
