import { css, unsafeCSS } from 'lit';
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
  css`
    :host {
      --_dj-indent: var(--dj-org-tree-indent, 1.25rem);
      --_dj-row-height: var(--dj-org-tree-row-height, 2.25rem);
      display: block;
      font-family: var(--_dj-font-family);
      font-size: var(--_dj-font-size);
      color: var(--_dj-color-text);
      background: var(--_dj-color-surface);
    }

    :host([hidden]) {
      display: none;
    }

    .tree {
      margin: 0;
      padding: calc(var(--_dj-space) / 2) 0;
    }

    .row {
      display: flex;
      align-items: center;
      gap: calc(var(--_dj-space) / 2);
      box-sizing: border-box;
      /* A fixed height keeps every row the same size: the virtualised list will rely on it. */
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
      .row[aria-selected='true'] {
        outline: 2px solid Highlight;
        outline-offset: -2px;
      }
    }
  `,
  indents,
];
