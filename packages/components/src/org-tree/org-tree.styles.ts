import { css, unsafeCSS } from 'lit';
import { controlLook, focusRing, noticeLook } from '../shared/control.styles.js';
import { visuallyHidden } from '../shared/a11y.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { tokens } from '../shared/tokens.styles.js';

/** Deepest level indented on its own; deeper rows share its indent. Real trees stop near 8. */
const maxIndentedLevel = 32;

/**
 * Indentation keyed on `aria-level` instead of an inline `style`: portals run a strict CSP
 * (no `style-src 'unsafe-inline'`), and a style attribute written from markup would be blocked.
 * The selectors are generated from numbers only, so `unsafeCSS` sees no outside input.
 */
const indents = unsafeCSS(
  Array.from(
    { length: maxIndentedLevel - 1 },
    (_, index) => `.row[aria-level='${index + 2}'] { --_dj-depth: ${index + 1}; }`,
  ).join('\n'),
);

export const orgTreeStyles = [
  tokens,
  hostStyles,
  visuallyHidden,
  controlLook('.search, .dismiss'),
  focusRing('.search'),
  noticeLook('.error-bar'),
  css`
    :host {
      --_dj-indent: var(--dj-org-tree-indent, 1.25rem);
      --_dj-row-height: var(--dj-org-tree-row-height, 2.25rem);
      /* A column, so a height given to the element goes to the scroll box. */
      display: flex;
      flex-direction: column;
      gap: calc(var(--_dj-space) / 2);
    }

    .search {
      box-sizing: border-box;
      inline-size: 100%;
      min-block-size: 2.25rem;
      padding: 0 var(--_dj-space);
    }

    .viewport {
      box-sizing: border-box;
      flex: 1 1 auto;
      min-block-size: 0;
      max-block-size: var(--dj-org-tree-max-height, none);
      overflow-y: auto;
      padding-block: calc(var(--_dj-space) / 2);
      /* Rows scrolled into view by the keyboard stop clear of the padding. */
      scroll-padding-block: calc(var(--_dj-space) / 2);
    }

    /* As tall as every visible row, though only the rows in view exist: the scrollbar is true. */
    .tree {
      position: relative;
      margin: 0;
      block-size: calc(var(--_dj-rows, 0) * var(--_dj-row-height));
    }

    .row {
      position: absolute;
      inset-inline: 0;
      inset-block-start: calc(var(--_dj-index, 0) * var(--_dj-row-height));
      display: flex;
      align-items: center;
      gap: calc(var(--_dj-space) / 2);
      box-sizing: border-box;
      /* Every row the same height: the virtualised list positions rows by index. */
      height: var(--_dj-row-height);
      padding-inline: calc(var(--_dj-space) + var(--_dj-depth, 0) * var(--_dj-indent)) var(--_dj-space);
      border-radius: var(--_dj-radius);
      cursor: pointer;
      user-select: none;
      outline: none;
    }

    .row:hover {
      background: var(--_dj-color-hover);
    }

    /* Selected is shown by weight and a bar as well as colour (WCAG 1.4.1). */
    .row[aria-selected='true'] {
      background: var(--_dj-color-primary-subtle);
      box-shadow: inset 3px 0 0 var(--_dj-color-primary);
      font-weight: 600;
    }

    .row:focus-visible {
      outline: 2px solid var(--_dj-color-focus);
      outline-offset: -2px;
    }

    .toggle {
      display: inline-flex;
      flex: none;
      align-items: center;
      justify-content: center;
      inline-size: 1.25rem;
      block-size: 1.25rem;
      color: var(--_dj-color-text-muted);
    }

    .toggle svg {
      inline-size: 0.75rem;
      block-size: 0.75rem;
    }

    .row[aria-expanded='true'] .toggle svg {
      transform: rotate(90deg);
    }

    .label {
      min-inline-size: 0;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }

    .kind {
      flex: none;
      padding: 0 0.375em;
      border: 1px solid currentColor;
      border-radius: var(--_dj-radius);
      color: var(--_dj-color-primary);
      font-size: 0.8125em;
      font-weight: 400;
      line-height: 1.5;
    }

    mark {
      background: var(--_dj-color-primary-subtle);
      color: inherit;
      font-weight: 600;
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }

    .count {
      flex: none;
      margin-inline-start: auto;
      padding: 0 0.5em;
      border-radius: 999px;
      background: var(--_dj-color-hover);
      color: var(--_dj-color-text-muted);
      font-size: 0.8125em;
      font-variant-numeric: tabular-nums;
      line-height: 1.6;
    }

    .row[draggable='true'] {
      cursor: grab;
    }

    /* Moving: the picked row is dashed, the drop target outlined, the refused rows dimmed and struck. */
    .row.picked {
      outline: 2px dashed var(--_dj-color-primary);
      outline-offset: -2px;
    }

    .row.drop-target {
      background: var(--_dj-color-primary-subtle);
      box-shadow: inset 0 0 0 2px var(--_dj-color-primary);
    }

    .row.drop-invalid {
      cursor: not-allowed;
      opacity: 0.55;
    }

    .row.drop-invalid .label {
      text-decoration: line-through;
    }

    .error-bar {
      display: flex;
      align-items: center;
      gap: var(--_dj-space);
    }

    .error {
      flex: 1 1 auto;
    }

    .dismiss {
      flex: none;
      padding: 0.125rem 0.5rem;
      cursor: pointer;
    }

    .dismiss:focus-visible {
      outline: 2px solid var(--_dj-color-focus);
      outline-offset: 1px;
    }

    .status {
      margin: 0;
      padding: var(--_dj-space);
      color: var(--_dj-color-text-muted);
    }

    @media (prefers-reduced-motion: no-preference) {
      .toggle svg {
        transition: transform 120ms ease-out;
      }
    }

    /* Windows high contrast: backgrounds vanish, so mark selection with a system colour. */
    @media (forced-colors: active) {
      .row[aria-selected='true'],
      .row.drop-target {
        outline: 2px solid Highlight;
        outline-offset: -2px;
      }

      mark {
        background: Mark;
        color: MarkText;
      }
    }
  `,
  indents,
];
