import { css } from 'lit';

/**
 * Text for assistive technology only: live-region announcements and the words a badge leaves
 * implicit for sighted readers ("32" → "32 名党员"). Clipped, not `display: none`, so screen
 * readers still read it.
 */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
