import { fill, type Locale, type RuleResult } from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import { resultLabel } from '../shared/member-labels.js';
import { memberRosterMessages } from './messages.js';

/** An id usable in `aria-describedby` (space separated), unique in the shadow root. */
export const tipId = (memberId: string, yields: string): string => `tip-${memberId}-${yields}`.replace(/\s/g, '_');

/**
 * One category or care chip: a focus stop whose tooltip (`role="tooltip"`, referenced by
 * `aria-describedby`) gives the rule's reason, id and version. The stylesheet shows the tooltip
 * while the chip is hovered or focused, and while the pointer is on the tooltip itself (WCAG
 * 1.4.13); Escape hides it until focus moves.
 */
export function renderChip(
  memberId: string,
  result: RuleResult,
  kind: 'category' | 'care',
  stop: number,
  tabStop: boolean,
  locale: Locale,
): TemplateResult {
  const id = tipId(memberId, result.yields);
  const rule = fill(memberRosterMessages.rule[locale], { id: result.ruleId, version: result.version }, locale);
  const article = result.article
    ? fill(memberRosterMessages.article[locale], { article: result.article }, locale)
    : undefined;
  return html`<span class="chip-wrap">
    <span
      class="chip ${kind}"
      part="chip chip-${kind}"
      data-stop=${stop}
      data-yields=${result.yields}
      tabindex=${tabStop ? 0 : -1}
      aria-describedby=${id}
      >${
        kind === 'care' ? html`<span class="visually-hidden">${memberRosterMessages.careChip[locale]}</span>` : nothing
      }${resultLabel(result)[locale]}</span
    ><span class="tip" part="tooltip" role="tooltip" id=${id}
      >${result.reason[locale]}<span class="rule">${rule}</span>${
        article ? html`<span class="rule">${article}</span>` : nothing
      }</span
    >
  </span>`;
}
