import { css } from 'lit';
import { visuallyHidden } from '../shared/a11y.styles.js';
import { formStyles } from '../shared/form.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { tokens } from '../shared/tokens.styles.js';

export const evaluationFormStyles = [
  tokens,
  hostStyles,
  visuallyHidden,
  ...formStyles,
  css`
    :host {
      display: block;
    }

    .rater,
    .tally,
    .note {
      margin: 0 0 0.5rem;
      color: var(--_dj-color-text-muted);
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

    .grades {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      margin: 0;
      padding: 0;
      border: 0;
    }

    .grade {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      font-weight: normal;
      white-space: nowrap;
    }

    /* The form look sizes text inputs; a radio keeps its own size. */
    .grade input {
      min-block-size: auto;
      margin: 0;
      padding: 0;
    }

    td input[type='number'] {
      inline-size: 6rem;
    }

    /* Said in words and marked by the thick edge, not by colour alone. */
    .finding {
      margin-block: var(--_dj-space);
      padding: 0.5rem var(--_dj-space);
      border: 1px solid var(--_dj-color-primary);
      border-inline-start-width: 4px;
      border-radius: var(--_dj-radius);
    }

    .finding p {
      margin: 0;
    }
  `,
];
