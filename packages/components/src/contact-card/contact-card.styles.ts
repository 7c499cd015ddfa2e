import { css } from 'lit';
import { visuallyHidden } from '../shared/a11y.styles.js';
import { formStyles } from '../shared/form.styles.js';
import { cardStyles, hostStyles } from '../shared/host.styles.js';
import { tokens } from '../shared/tokens.styles.js';

export const contactCardStyles = [
  tokens,
  hostStyles,
  cardStyles,
  visuallyHidden,
  formStyles,
  css`
    /* Overdue: a thick accent bar and a written notice, not colour alone. */
    :host([overdue]) {
      border-inline-start: 6px solid var(--_dj-color-primary);
    }

    .heading {
      margin-block: var(--_dj-space);
      font-size: 1.125em;
      font-weight: 600;
    }

    .unrecorded {
      color: var(--_dj-color-text-muted);
    }

    .updated {
      margin-block: var(--_dj-space) 0;
      color: var(--_dj-color-text-muted);
    }

    .overdue {
      margin-block: var(--_dj-space) 0;
      padding: calc(var(--_dj-space) / 2) var(--_dj-space);
      border-radius: var(--_dj-radius);
      background: var(--_dj-color-primary-subtle);
      color: var(--_dj-color-text);
      font-weight: 600;
    }

    .overdue::before {
      content: '⚠ ';
      color: var(--_dj-color-primary);
    }

    .status {
      margin: 0;
      color: var(--_dj-color-text-muted);
    }
  `,
];
