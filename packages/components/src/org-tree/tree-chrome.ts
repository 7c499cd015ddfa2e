import type { DangjianError } from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Say } from '../shared/say.js';
import { orgTreeMessages } from './messages.js';

/** The search box above the tree holding `query`; none when the search is off (`undefined`). */
export function renderSearch(
  query: string | undefined,
  say: Say,
  onInput: (event: InputEvent) => void,
  onKeyDown: (event: KeyboardEvent) => void,
): TemplateResult | typeof nothing {
  if (query === undefined) return nothing;
  return html`<input
    class="search"
    part="search"
    type="search"
    autocomplete="off"
    aria-label=${say(orgTreeMessages.searchLabel)}
    placeholder=${say(orgTreeMessages.searchPlaceholder)}
    .value=${live(query)}
    @input=${onInput}
    @keydown=${onKeyDown}
  />`;
}

/** The alert explaining a refused move, with a button that closes it. */
export function renderMoveError(
  error: DangjianError | undefined,
  say: Say,
  onDismiss: () => void,
): TemplateResult | typeof nothing {
  if (!error) return nothing;
  // Only the message is the alert: the button's name is not part of what is announced.
  return html`<div class="error-bar">
    <div class="error" part="error" role="alert">${say(orgTreeMessages.moveRefused, { reason: error.text })}</div>
    <button class="dismiss" part="dismiss" type="button" @click=${onDismiss}>${say(orgTreeMessages.dismiss)}</button>
  </div>`;
}

export function renderNoMatches(query: string, say: Say): TemplateResult {
  return html`<p class="status" part="no-matches">${say(orgTreeMessages.noMatches, { query: query.trim() })}</p>`;
}

/** Shown while neither orgs nor a workspace have arrived, and when there are no orgs at all. */
export function renderStatus(kind: 'loading' | 'empty', say: Say): TemplateResult {
  if (kind === 'loading') {
    return html`<p class="status" part="loading" role="status">${say(orgTreeMessages.loading)}</p>`;
  }
  return html`<p class="status" part="empty" role="status">
    <slot name="empty">${say(orgTreeMessages.empty)}</slot>
  </p>`;
}
