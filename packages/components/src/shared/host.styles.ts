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

/** The framed look of the single-record elements (member card, contact card), fields as a label/value grid. */
export const cardStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    padding: var(--_dj-space) calc(var(--_dj-space) * 2);
    border: 1px solid var(--_dj-color-border);
    border-radius: var(--_dj-radius);
  }

  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: calc(var(--_dj-space) / 2) calc(var(--_dj-space) * 2);
    margin: 0;
  }

  dt {
    color: var(--_dj-color-text-muted);
  }

  dd {
    margin: 0;
  }
`;
