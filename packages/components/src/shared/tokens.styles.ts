import { css } from 'lit';

/** The dark theme's fallbacks, shared by `theme="dark"` and `theme="auto"` on a dark system. */
const darkFallbacks = css`
  --_dj-color-primary: var(--dj-color-primary, #ff8a8a);
  --_dj-color-on-primary: var(--dj-color-on-primary, #1c1c21);
  --_dj-color-primary-subtle: var(--dj-color-primary-subtle, #4a1f22);
  --_dj-color-text: var(--dj-color-text, #e8e8ea);
  --_dj-color-text-muted: var(--dj-color-text-muted, #b4b4bc);
  --_dj-color-surface: var(--dj-color-surface, #1c1c21);
  --_dj-color-hover: var(--dj-color-hover, #2a2a31);
  --_dj-color-border: var(--dj-color-border, #3c3c45);
  color-scheme: dark;
`;

/**
 * The design tokens every element starts from.
 *
 * Public knobs are `--dj-*` custom properties. Elements never define them, they only read them
 * with a fallback, through a private `--_dj-*` copy: so a portal can brand the kit from any
 * ancestor (`:root { --dj-color-primary: #b50000 }`) and the value inherits through shadow DOM.
 *
 * Themes change the fallbacks only:
 * - default: 党建红 on white;
 * - `theme="dark"` on the element: light text on a dark surface, a lighter red that keeps AA
 *   contrast;
 * - `theme="auto"`: dark when the user's system prefers it.
 * A `--dj-*` value set by the portal wins in every theme.
 *
 * Contrast (WCAG 2.1 AA): #c8161d on #ffffff is 5.9:1, on #fdecec 5.1:1; #ff8a8a on #1c1c21 is
 * 7.5:1; #1f1f1f / #e8e8ea text on their surfaces is over 13:1; muted text is over 4.5:1.
 */
export const tokens = css`
  :host {
    --_dj-color-primary: var(--dj-color-primary, #c8161d);
    --_dj-color-on-primary: var(--dj-color-on-primary, #ffffff);
    --_dj-color-primary-subtle: var(--dj-color-primary-subtle, #fdecec);
    --_dj-color-text: var(--dj-color-text, #1f1f1f);
    --_dj-color-text-muted: var(--dj-color-text-muted, #5c5c66);
    --_dj-color-surface: var(--dj-color-surface, #ffffff);
    --_dj-color-hover: var(--dj-color-hover, #f5f5f7);
    --_dj-color-border: var(--dj-color-border, #dcdce0);
    --_dj-color-focus: var(--dj-color-focus, var(--_dj-color-primary));
    --_dj-font-family: var(
      --dj-font-family,
      system-ui,
      -apple-system,
      'PingFang SC',
      'Microsoft YaHei',
      'Noto Sans CJK SC',
      sans-serif
    );
    --_dj-font-size: var(--dj-font-size, 0.9375rem);
    --_dj-radius: var(--dj-radius, 4px);
    --_dj-space: var(--dj-space, 0.5rem);
  }

  :host([theme='dark']) {
    ${darkFallbacks}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkFallbacks}
    }
  }
`;
