import { css } from 'lit';
import { visuallyHidden } from '../shared/a11y.styles.js';
import { formStyles } from '../shared/form.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { tokens } from '../shared/tokens.styles.js';

export const attendanceSheetStyles = [
  tokens,
  hostStyles,
  visuallyHidden,
  ...formStyles,
  css`
    :host {
      display: block;
    }

    fieldset {
      margin: 0 0 var(--_dj-space);
      padding: var(--_dj-space);
      border: 1px solid var(--_dj-color-border);
      border-radius: var(--_dj-radius);
    }

    .meeting,
    .lecturer {
      display: flex;
      flex-wrap: wrap;
      gap: 0 calc(var(--_dj-space) * 2);
    }

    table {
      inline-size: 100%;
      border-collapse: collapse;
    }

    th,
    td {
      padding: 0.25rem 0.5rem;
      border-block-end: 1px solid var(--_dj-color-border);
      text-align: start;
      vertical-align: middle;
    }

    tbody th {
      font-weight: normal;
    }

    tr.invalid {
      box-shadow: inset 4px 0 0 var(--_dj-color-primary);
    }

    .statuses {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
    }

    .status {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      font-weight: normal;
      white-space: nowrap;
    }

    /* The form look sizes text inputs; a radio keeps its own size. */
    .status input {
      min-block-size: auto;
      margin: 0;
      padding: 0;
    }

    .stage {
      margin-inline-start: 0.5rem;
      color: var(--_dj-color-text-muted);
      font-size: 0.8125em;
    }

    .tally,
    .rule {
      margin: 0 0 0.5rem;
      color: var(--_dj-color-text-muted);
    }

    /* Not met is said in words and marked by the thick edge, not by colour alone. */
    .quorum {
      margin-block-end: var(--_dj-space);
      padding: 0.5rem var(--_dj-space);
      border: 1px solid var(--_dj-color-border);
      border-inline-start-width: 4px;
      border-radius: var(--_dj-radius);
    }

    .quorum p {
      margin: 0;
    }

    .quorum.not-met {
      border-color: var(--_dj-color-primary);
    }

    .votes ol {
      margin: 0 0 0.5rem;
      padding-inline-start: 1.25rem;
    }

    .vote {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin-block-end: 0.5rem;
    }

    .vote input[type='number'] {
      inline-size: 5rem;
    }

    .outcome.failed {
      color: var(--_dj-color-primary);
    }
  `,
];
