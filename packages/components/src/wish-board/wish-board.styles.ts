import { css } from 'lit';
import { visuallyHidden } from '../shared/a11y.styles.js';
import { cardListStyles } from '../shared/card-list.styles.js';
import { formStyles } from '../shared/form.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { tokens } from '../shared/tokens.styles.js';

export const wishBoardStyles = [
  tokens,
  hostStyles,
  visuallyHidden,
  formStyles,
  cardListStyles,
  css`
    :host {
      display: block;
    }

    .columns {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
      gap: var(--_dj-space);
    }

    section {
      padding: calc(var(--_dj-space) / 2);
      border: 1px solid var(--_dj-color-border);
      border-radius: var(--_dj-radius);
    }

    section > .column-heading {
      margin: 0 0 calc(var(--_dj-space) / 2);
      font-weight: 600;
    }

    .wish-title {
      font-weight: 600;
    }
  `,
];
