import { css } from 'lit';

/**
 * Category and care chips, and the tooltip a chip describes itself with. The tooltip shows
 * while its chip is hovered or focused, and while the pointer rests on the tooltip itself
 * (WCAG 1.4.13: hoverable); `.tips-hidden` on an ancestor (Escape) hides it (dismissable).
 */
export const chipStyles = css`
  .chip-wrap {
    position: relative;
    display: inline-flex;
  }

  .chip {
    padding: 0 0.45em;
    border: 1px solid var(--_dj-color-primary);
    border-radius: 999px;
    background: var(--_dj-color-primary-subtle);
    color: var(--_dj-color-primary);
    font-size: 0.8125em;
    font-weight: 400;
    line-height: 1.6;
    white-space: nowrap;
    outline: none;
  }

  /* Care flags: outlined, not filled, so the two kinds differ without colour (WCAG 1.4.1). */
  .chip.care {
    border-style: dashed;
    background: var(--_dj-color-surface);
    color: var(--_dj-color-text);
  }

  .chip:focus-visible {
    outline: 2px solid var(--_dj-color-focus);
    outline-offset: 1px;
  }

  .tip {
    position: absolute;
    inset-block-start: calc(100% + 0.25rem);
    inset-inline-start: 0;
    z-index: 3;
    display: none;
    flex-direction: column;
    gap: 0.125rem;
    inline-size: max-content;
    max-inline-size: 20rem;
    padding: 0.375rem 0.5rem;
    border-radius: var(--_dj-radius);
    background: var(--_dj-color-text);
    color: var(--_dj-color-surface);
    font-size: 0.8125rem;
    font-weight: 400;
    line-height: 1.4;
    white-space: normal;
  }

  /* Flipped by placeTip() where the scroll box has no room below, or to the right. */
  .tip-above > .tip {
    inset-block: auto calc(100% + 0.25rem);
  }

  .tip-end > .tip {
    inset-inline: auto 0;
  }

  .tip .rule {
    opacity: 0.85;
    font-size: 0.75rem;
  }

  .chip-wrap:hover > .tip,
  .chip:focus + .tip {
    display: flex;
  }

  .tips-hidden .chip:focus + .tip,
  .tips-hidden .chip-wrap:hover > .tip {
    display: none;
  }

  @media (forced-colors: active) {
    .tip {
      border: 1px solid CanvasText;
    }
  }
`;
