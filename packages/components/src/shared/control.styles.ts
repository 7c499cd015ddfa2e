import { css, unsafeCSS, type CSSResult } from 'lit';

// The kit's looks for controls and notices, given the selectors that wear them: each element
// names its own parts (a search box, a dismiss button), and every one of them looks the same.
// The selectors are the kit's own constants, never data, so `unsafeCSS` reads no input.

/** Bordered and rounded, on the surface colour, in the page's font: inputs, selects, buttons. */
export const controlLook = (selectors: string): CSSResult => css`
  ${unsafeCSS(selectors)} {
    border: 1px solid var(--_dj-color-border);
    border-radius: var(--_dj-radius);
    background: var(--_dj-color-surface);
    color: var(--_dj-color-text);
    font: inherit;
  }
`;

/** The kit's focus ring, on keyboard focus only. */
export const focusRing = (...selectors: string[]): CSSResult => css`
  ${unsafeCSS(selectors.map((selector) => `${selector}:focus-visible`).join(',\n'))} {
    outline: 2px solid var(--_dj-color-focus);
    outline-offset: 1px;
  }
`;

/** A notice: a thick accent edge on the subtle accent background (an alert, a refused move). */
export const noticeLook = (selectors: string): CSSResult => css`
  ${unsafeCSS(selectors)} {
    padding: calc(var(--_dj-space) / 2) var(--_dj-space);
    border: 1px solid var(--_dj-color-primary);
    border-inline-start-width: 4px;
    border-radius: var(--_dj-radius);
    background: var(--_dj-color-primary-subtle);
    color: var(--_dj-color-text);
  }
`;
