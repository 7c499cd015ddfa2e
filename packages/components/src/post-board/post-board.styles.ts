import { css } from 'lit';
import { visuallyHidden } from '../shared/a11y.styles.js';
import { cardListStyles } from '../shared/card-list.styles.js';
import { formStyles } from '../shared/form.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { tokens } from '../shared/tokens.styles.js';

export const postBoardStyles = [
  tokens,
  hostStyles,
  visuallyHidden,
  formStyles,
  cardListStyles,
  css`
    :host {
      display: block;
    }

    .posts {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      gap: var(--_dj-space);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .kind {
      display: inline-block;
      margin-inline-end: 0.5em;
      padding-inline: 0.4em;
      border-radius: var(--_dj-radius);
      background: var(--_dj-color-primary-subtle);
      font-size: 0.875em;
    }

    .pledges {
      margin-block-start: calc(var(--_dj-space) / 2);
      padding-inline-start: 1.25em;
      list-style: disc;
    }

    .pledges li {
      margin: 0;
      padding: 0;
      border: none;
    }

    [part~='overdue'] {
      color: var(--_dj-color-primary);
      font-weight: 600;
    }

    .findings {
      margin: var(--_dj-space) 0;
      padding-inline-start: 1.25em;
      list-style: disc;
    }

    .findings li {
      border: none;
      padding: 0;
    }

    .findings li::marker {
      content: '⚠ ';
      color: var(--_dj-color-primary);
    }

    .post-name {
      font-weight: 600;
    }

    .column-heading {
      margin-block: var(--_dj-space) calc(var(--_dj-space) / 2);
      font-weight: 600;
    }
  `,
];
