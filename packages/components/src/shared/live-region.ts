import { html, nothing, type TemplateResult } from 'lit';

/**
 * The polite live region an element speaks through (a sort applied, a search's count, a card
 * saved): always in the DOM, so a screen reader hears when its text changes.
 */
export function liveRegion(text: string | undefined): TemplateResult {
  return html`<div class="visually-hidden" role="status" aria-live="polite">${text ?? nothing}</div>`;
}
