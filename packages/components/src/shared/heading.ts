import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * Clamps a `heading-level` attribute to 1–6. An element cannot know where in a portal's outline
 * it sits, so its headings are `role="heading"` with a level the page chooses, not fixed `<h3>`s.
 */
export function headingLevel(level: number | undefined, fallback: number): number {
  return Number.isInteger(level) ? Math.min(6, Math.max(1, level!)) : fallback;
}

/** A heading at a level chosen by the page. */
export function heading(level: number, content: unknown, options: { id?: string; part: string }): TemplateResult {
  return html`<div class="heading" role="heading" aria-level=${level} id=${ifDefined(options.id)} part=${options.part}>
    ${content}
  </div>`;
}
