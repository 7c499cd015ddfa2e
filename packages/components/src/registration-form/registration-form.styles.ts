import { css } from 'lit';
import { visuallyHidden } from '../shared/a11y.styles.js';
import { formStyles } from '../shared/form.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { tokens } from '../shared/tokens.styles.js';

export const registrationFormStyles = [
  tokens,
  hostStyles,
  visuallyHidden,
  formStyles,
  css`
    :host {
      display: block;
      max-inline-size: 36rem;
    }

    .heading {
      margin-block: var(--_dj-space);
      font-size: 1.125em;
      font-weight: 600;
    }

    fieldset.posts {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      margin: 0 0 var(--_dj-space);
      padding: var(--_dj-space);
      border: 1px solid var(--_dj-color-border);
      border-radius: var(--_dj-radius);
    }

    .check {
      display: inline-flex;
      align-items: center;
      gap: 0.375rem;
      font-weight: 400;
    }

    .check input {
      min-block-size: auto;
      inline-size: 1.125rem;
      block-size: 1.125rem;
    }

    .hint {
      margin: 0;
      color: var(--_dj-color-text-muted);
      font-size: 0.875em;
    }

    .done:not(:empty) {
      margin-block: var(--_dj-space);
      font-weight: 600;
    }
  `,
];
