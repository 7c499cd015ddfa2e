import { css } from 'lit';
import { noticeLook } from '../shared/control.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { tokens } from '../shared/tokens.styles.js';

export const conferenceRosterStyles = [
  tokens,
  hostStyles,
  noticeLook('.attention'),
  css`
    :host {
      display: block;
    }

    p {
      margin: 0;
    }

    .summary {
      display: grid;
      gap: calc(var(--_dj-space) / 2);
      margin-block-end: var(--_dj-space);
    }

    .heading {
      font-size: 1.125em;
      font-weight: 600;
    }

    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_dj-space);
      color: var(--_dj-color-text-muted);
    }

    .current-chair {
      font-weight: 600;
    }

    .attention-title {
      font-weight: 600;
    }

    .attention ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }

    .tabs {
      display: flex;
      gap: calc(var(--_dj-space) / 2);
      border-block-end: 1px solid var(--_dj-color-border);
    }

    .tab {
      min-block-size: 2.25rem;
      padding: 0 var(--_dj-space);
      border: 0;
      border-block-end: 3px solid transparent;
      background: none;
      color: var(--_dj-color-text);
      font: inherit;
      cursor: pointer;
    }

    /* Selected is shown by weight and a bar as well as colour (WCAG 1.4.1). */
    .tab[aria-selected='true'] {
      border-block-end-color: var(--_dj-color-primary);
      color: var(--_dj-color-primary);
      font-weight: 600;
    }

    .tab-count {
      color: var(--_dj-color-text-muted);
      font-variant-numeric: tabular-nums;
      font-weight: 400;
    }

    .tab:focus-visible,
    .panel:focus-visible {
      outline: 2px solid var(--_dj-color-focus);
      outline-offset: 1px;
    }

    .panel {
      padding-block: var(--_dj-space);
    }

    .members,
    .timeline {
      display: grid;
      gap: calc(var(--_dj-space) / 2);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .member,
    .period,
    .agreement {
      display: grid;
      gap: 0.25rem;
      padding: calc(var(--_dj-space) / 2) var(--_dj-space);
      border: 1px solid var(--_dj-color-border);
      border-radius: var(--_dj-radius);
    }

    .member-head,
    .period-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: calc(var(--_dj-space) / 2);
    }

    .name,
    .period-label {
      font-weight: 600;
    }

    .badge,
    .status-badge {
      padding: 0 0.375em;
      border: 1px solid currentColor;
      border-radius: var(--_dj-radius);
      color: var(--_dj-color-text-muted);
      font-size: 0.8125em;
      line-height: 1.5;
    }

    .badge-chair,
    .status-current {
      color: var(--_dj-color-primary);
      font-weight: 600;
    }

    .seat-none,
    .period-range,
    .session,
    .agreement-meta,
    .empty,
    .status {
      color: var(--_dj-color-text-muted);
    }

    .period-current {
      border-color: var(--_dj-color-primary);
      background: var(--_dj-color-primary-subtle);
    }

    .period-upcoming {
      border-style: dashed;
    }

    /* Missed: a thick edge, a filled badge and a warning sign, not colour alone. */
    .period-missed {
      border-color: var(--_dj-color-primary);
      border-inline-start-width: 4px;
    }

    .status-missed {
      border-color: var(--_dj-color-primary);
      background: var(--_dj-color-primary);
      color: var(--_dj-color-on-primary);
      font-weight: 600;
    }

    .status-missed::before,
    .finding-warning::before {
      content: '⚠ ';
    }

    .agreements {
      display: grid;
      gap: var(--_dj-space);
    }

    .targets {
      inline-size: 100%;
      border-collapse: collapse;
    }

    .targets th,
    .targets td {
      padding: 0.25rem 0.5rem 0.25rem 0;
      border-block-end: 1px solid var(--_dj-color-border);
      text-align: start;
      vertical-align: middle;
    }

    .targets thead th {
      color: var(--_dj-color-text-muted);
      font-size: 0.8125em;
      font-weight: 400;
    }

    .targets tbody th {
      font-weight: 400;
    }

    .number {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }

    .progress {
      display: inline-flex;
      align-items: center;
      gap: 0.5em;
    }

    progress {
      inline-size: 6rem;
      accent-color: var(--_dj-color-primary);
    }

    .percent {
      min-inline-size: 3em;
      font-variant-numeric: tabular-nums;
    }

    @media (forced-colors: active) {
      .tab[aria-selected='true'],
      .period-current {
        outline: 2px solid Highlight;
      }
    }
  `,
];
