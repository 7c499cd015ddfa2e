import { css } from 'lit';

/**
 * A board of bordered cards under a heading and a muted summary line, each card with a muted note
 * and a row of small action buttons: the post board's posts and the wish board's wishes.
 */
export const cardListStyles = css`
  .heading {
    margin-block: var(--_dj-space);
    font-size: 1.125em;
    font-weight: 600;
  }

  .summary {
    margin-block: var(--_dj-space);
    color: var(--_dj-color-text-muted);
  }

  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  li {
    margin-block-end: calc(var(--_dj-space) / 2);
    padding: calc(var(--_dj-space) / 2);
    border: 1px solid var(--_dj-color-border);
    border-radius: var(--_dj-radius);
  }

  .note {
    display: block;
    color: var(--_dj-color-text-muted);
    font-size: 0.875em;
  }

  .actions button {
    min-block-size: 1.75rem;
    margin-block-start: 0.25rem;
    margin-inline-end: 0.25rem;
  }

  .empty {
    color: var(--_dj-color-text-muted);
  }
`;
