import { css } from 'lit';
import { controlLook } from '../shared/control.styles.js';
import { visuallyHidden } from '../shared/a11y.styles.js';
import { formStyles } from '../shared/form.styles.js';
import { tokens } from '../shared/tokens.styles.js';

export const importDialogStyles = [
  tokens,
  visuallyHidden,
  formStyles,
  controlLook('dialog'),
  css`
    :host {
      display: inline-block;
      font-family: var(--_dj-font-family);
      font-size: var(--_dj-font-size);
      color: var(--_dj-color-text);
    }

    :host([hidden]) {
      display: none;
    }

    dialog {
      box-sizing: border-box;
      inline-size: min(48rem, 100vw - 2rem);
      max-block-size: calc(100vh - 2rem);
      padding: calc(var(--_dj-space) * 2);
    }

    dialog::backdrop {
      background: rgb(0 0 0 / 40%);
    }

    h2 {
      margin-block: 0 var(--_dj-space);
      font-size: 1.25em;
    }

    .intro,
    .columns {
      margin-block: 0 var(--_dj-space);
    }

    .columns ul {
      margin: calc(var(--_dj-space) / 2) 0 0;
      padding-inline-start: 1.25rem;
      color: var(--_dj-color-text-muted);
    }

    progress {
      inline-size: 100%;
      accent-color: var(--_dj-color-primary);
    }

    .success {
      margin-block: var(--_dj-space);
      font-weight: 600;
    }

    .success::before {
      content: '✓ ';
    }

    .table-box {
      max-block-size: 20rem;
      overflow: auto;
      border: 1px solid var(--_dj-color-border);
      border-radius: var(--_dj-radius);
    }

    .table-box:focus-visible {
      outline: 2px solid var(--_dj-color-focus);
    }

    table {
      inline-size: 100%;
      border-collapse: collapse;
    }

    caption {
      padding: calc(var(--_dj-space) / 2);
      font-weight: 600;
      text-align: start;
    }

    th,
    td {
      padding: 0.25rem var(--_dj-space);
      border-block-end: 1px solid var(--_dj-color-border);
      text-align: start;
      vertical-align: top;
    }

    th {
      position: sticky;
      inset-block-start: 0;
      background: var(--_dj-color-surface);
    }

    .numeric {
      font-variant-numeric: tabular-nums;
    }
  `,
];
