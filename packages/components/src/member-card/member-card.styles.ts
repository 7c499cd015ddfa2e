import { css } from 'lit';
import { controlLook, focusRing } from '../shared/control.styles.js';
import { visuallyHidden } from '../shared/a11y.styles.js';
import { chipStyles } from '../shared/chip.styles.js';
import { cardStyles, hostStyles } from '../shared/host.styles.js';
import { tokens } from '../shared/tokens.styles.js';

export const memberCardStyles = [
  tokens,
  hostStyles,
  cardStyles,
  visuallyHidden,
  chipStyles,
  controlLook('button'),
  focusRing('button'),
  css`
    .heading {
      display: flex;
      align-items: baseline;
      gap: var(--_dj-space);
      margin-block: var(--_dj-space);
      font-size: 1.25em;
      font-weight: 600;
    }

    .subheading {
      margin-block: var(--_dj-space) calc(var(--_dj-space) / 2);
      font-weight: 600;
    }

    .numeric {
      font-variant-numeric: tabular-nums;
    }

    .dual {
      margin-inline-start: var(--_dj-space);
      padding: 0 0.375em;
      border: 1px solid currentColor;
      border-radius: var(--_dj-radius);
      color: var(--_dj-color-primary);
      font-size: 0.8125em;
    }

    ul.reasons {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_dj-space) / 2);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .reasons li {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: var(--_dj-space);
    }

    .rule {
      color: var(--_dj-color-text-muted);
      font-size: 0.8125em;
    }

    button {
      min-block-size: 2rem;
      margin-block-start: var(--_dj-space);
      padding: 0 var(--_dj-space);
      cursor: pointer;
    }

    .status {
      margin: 0;
      color: var(--_dj-color-text-muted);
    }
  `,
];
