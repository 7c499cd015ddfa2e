import { css } from 'lit';
import { visuallyHidden } from '../shared/a11y.styles.js';
import { formStyles } from '../shared/form.styles.js';
import { cardStyles, hostStyles } from '../shared/host.styles.js';
import { tokens } from '../shared/tokens.styles.js';

/** The trace is a numbered list; unconfirmed figures carry a word, not colour alone. */
export const traceStyles = css`
  .trace {
    margin: var(--_dj-space) 0 0;
    padding-inline-start: 1.5em;
  }

  .trace li {
    margin-block-end: calc(var(--_dj-space) / 2);
  }

  .bounds,
  cite {
    color: var(--_dj-color-text-muted);
    font-style: normal;
  }

  cite::before {
    content: '· ';
  }

  .unconfirmed {
    margin-inline-start: 0.25em;
    padding: 0 0.25em;
    border: 1px dashed var(--_dj-color-primary);
    border-radius: var(--_dj-radius);
    color: var(--_dj-color-primary);
    font-size: 0.875em;
  }
`;

export const duesCalculatorStyles = [
  tokens,
  hostStyles,
  cardStyles,
  visuallyHidden,
  formStyles,
  traceStyles,
  css`
    .heading {
      margin-block: var(--_dj-space);
      font-size: 1.125em;
      font-weight: 600;
    }

    .hint {
      margin: 0;
      color: var(--_dj-color-text-muted);
      font-size: 0.875em;
    }

    .amount {
      display: block;
      margin-block: var(--_dj-space);
      color: var(--_dj-color-primary);
      font-size: 1.25em;
      font-weight: 600;
    }
  `,
];
