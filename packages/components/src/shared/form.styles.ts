import { css } from 'lit';
import { controlLook, focusRing, noticeLook } from './control.styles.js';

/**
 * Fields, buttons and alerts shared by the kit's forms. Errors are marked by a border, an icon
 * character and text, not by colour alone (WCAG 1.4.1).
 */
const formRules = css`
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin-block-end: var(--_dj-space);
  }

  label,
  legend {
    font-weight: 600;
  }

  .required::after {
    content: ' *';
    color: var(--_dj-color-primary);
  }

  input,
  select,
  textarea,
  button {
    box-sizing: border-box;
    min-block-size: 2.25rem;
    padding: 0.25rem var(--_dj-space);
  }

  textarea {
    min-block-size: 3.5rem;
    resize: vertical;
  }

  /* A pointer, and the kit's ring (above) rather than the browser's. */
  summary {
    border-radius: var(--_dj-radius);
    cursor: pointer;
  }

  [aria-invalid='true'] {
    border: 2px solid var(--_dj-color-primary);
  }

  .field-error {
    margin: 0;
    color: var(--_dj-color-primary);
    font-size: 0.875em;
  }

  .field-error::before {
    content: '⚠ ';
  }

  button {
    cursor: pointer;
  }

  button.primary {
    border-color: var(--_dj-color-primary);
    background: var(--_dj-color-primary);
    color: var(--_dj-color-on-primary);
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_dj-space);
    margin-block-start: var(--_dj-space);
  }

  .alert {
    margin-block: var(--_dj-space);
  }
`;

/** Fields, buttons and alerts shared by the kit's forms, with the kit's control and notice looks. */
export const formStyles = [
  controlLook('input, select, textarea, button'),
  focusRing('input', 'select', 'textarea', 'button', 'summary'),
  noticeLook('.alert'),
  formRules,
];
