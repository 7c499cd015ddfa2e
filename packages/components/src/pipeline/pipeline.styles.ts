import { css } from 'lit';
import { visuallyHidden } from '../shared/a11y.styles.js';
import { formStyles } from '../shared/form.styles.js';
import { cardStyles, hostStyles } from '../shared/host.styles.js';
import { tokens } from '../shared/tokens.styles.js';

/** A vertical timeline: stages as groups, steps as dots; state in words and marks, not colour alone. */
export const pipelineStyles = [
  tokens,
  hostStyles,
  cardStyles,
  visuallyHidden,
  formStyles,
  css`
    .heading {
      margin-block: var(--_dj-space);
      font-size: 1.125em;
      font-weight: 600;
    }

    .stages,
    .steps {
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .stage-name {
      display: block;
      margin-block: var(--_dj-space) calc(var(--_dj-space) / 2);
      font-weight: 600;
    }

    .steps li {
      position: relative;
      padding-block: 0.125rem;
      padding-inline-start: 1.5em;
      border-inline-start: 2px solid var(--_dj-color-border);
    }

    .steps li::before {
      position: absolute;
      inset-inline-start: -0.4em;
      content: '○';
      background: var(--_dj-color-surface);
      line-height: 1;
    }

    .steps li[data-state='done']::before {
      content: '●';
    }

    .steps li[data-state='next'] {
      border-inline-start-color: var(--_dj-color-primary);
      font-weight: 600;
    }

    .number,
    .date,
    cite,
    .finding {
      margin-inline-end: 0.5em;
      color: var(--_dj-color-text-muted);
      font-style: normal;
    }

    .finding {
      display: block;
    }

    .mark {
      padding: 0 0.25em;
      border: 1px solid var(--_dj-color-primary);
      border-radius: var(--_dj-radius);
      color: var(--_dj-color-primary);
      font-size: 0.875em;
    }

    .mark.overdue::before {
      content: '⚠ ';
    }

    .next {
      margin-block: var(--_dj-space);
      padding: var(--_dj-space);
      border-inline-start: 4px solid var(--_dj-color-primary);
      background: var(--_dj-color-primary-subtle);
    }

    .next p {
      margin: 0.25rem 0;
    }

    .next-title {
      font-weight: 600;
    }

    .findings {
      margin: var(--_dj-space) 0;
      padding-inline-start: 1.25em;
    }

    .findings li::marker {
      content: '⚠ ';
      color: var(--_dj-color-primary);
    }

    .status {
      margin: 0;
      color: var(--_dj-color-text-muted);
    }
  `,
];
