import { css } from 'lit';
import { formStyles } from '../shared/form.styles.js';
import { cardStyles, hostStyles } from '../shared/host.styles.js';
import { tokens } from '../shared/tokens.styles.js';

export const rulesPlaygroundStyles = [
  tokens,
  hostStyles,
  cardStyles,
  formStyles,
  css`
    .heading {
      margin-block: var(--_dj-space);
      font-size: 1.25em;
      font-weight: 600;
    }

    .editors {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
      gap: var(--_dj-space);
    }

    .editor {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_dj-space) / 2);
    }

    textarea {
      font-family: ui-monospace, monospace;
      font-size: 0.875em;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_dj-space);
      margin-block: var(--_dj-space);
    }

    .case {
      border: 1px solid var(--_dj-color-border);
      border-radius: var(--_dj-radius);
      padding: calc(var(--_dj-space) / 2) var(--_dj-space);
      margin-block: calc(var(--_dj-space) / 2);
    }

    .case[data-passed='false'] {
      border-inline-start: 6px solid var(--_dj-color-primary);
    }

    .fail {
      font-weight: 600;
    }

    .rules,
    .trace,
    .trace ul {
      padding-inline-start: 1.25em;
    }

    .rule-id {
      color: var(--_dj-color-text-muted);
    }

    code {
      font-family: ui-monospace, monospace;
    }
  `,
];
