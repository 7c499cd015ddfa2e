import type { AppliedRule, DuesTraceStep } from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Say } from '../shared/say.js';
import { duesCalculatorMessages as messages } from './messages.js';
import { yuanText } from './money.js';

/** A band's bounds as the regulation writes them: lower exclusive, upper inclusive (3000 < x ≤ 5000). */
export function boundsText(lowerExclusiveFen: number | null, upperInclusiveFen: number | null): string {
  const low = lowerExclusiveFen === null ? '' : `${yuanText(lowerExclusiveFen)} < `;
  const high = upperInclusiveFen === null ? '' : ` ≤ ${yuanText(upperInclusiveFen)}`;
  return `${low}x${high}`;
}

/** Where a step's figure comes from: its article, or (the rounding, which no article sets) its source; and whether it is confirmed. */
export function citationView(rule: AppliedRule, say: Say): TemplateResult {
  return html`<cite part="citation" data-rule=${rule.id}>${rule.article ?? rule.source ?? rule.id}</cite> ${
      rule.confirmed
        ? nothing
        : html`<span class="unconfirmed" part="unconfirmed" title=${say(messages.unconfirmedTip)}
            >${say(messages.unconfirmed)}<span class="visually-hidden">：${say(messages.unconfirmedTip)}</span></span
          >`
    }`;
}

function stepDetail(step: DuesTraceStep, say: Say): TemplateResult | typeof nothing {
  if (step.step !== 'band') return nothing;
  const bounds = boundsText(step.lowerExclusiveFen, step.upperInclusiveFen);
  return html`<span class="bounds" part="bounds">${say(messages.bounds, { bounds })}</span>`;
}

/** Each step from base to amount, in order, with the text core wrote for it and its citation. */
export function traceView(trace: readonly DuesTraceStep[], say: Say): TemplateResult {
  return html`<ol class="trace" part="trace" aria-label=${say(messages.trace)}>
    ${trace.map(
      (step) =>
        html`<li data-step=${step.step} ?data-unconfirmed=${!step.rule.confirmed}>
          <span class="text">${say(step.text)}</span> ${stepDetail(step, say)} ${citationView(step.rule, say)}
        </li>`,
    )}
  </ol>`;
}
