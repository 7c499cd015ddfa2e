import { css } from 'lit';

/** What every element's host shares: the kit's type and colours, and a `hidden` that hides. */
export const hostStyles = css`
  :host {
    font-family: var(--_dj-font-family);
    font-size: var(--_dj-font-size);
    color: var(--_dj-color-text);
    background: var(--_dj-color-surface);
  }

  :host([hidden]) {
    display: none;
  }
`;

/** The framed look of the single-record elements (member card, contact card). */
export const cardStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    padding: var(--_dj-space) calc(var(--_dj-space) * 2);
    border: 1px solid var(--_dj-color-border);
    border-radius: var(--_dj-radius);
  }
`;
