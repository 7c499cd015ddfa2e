import type { Agreement, Snapshot } from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../shared/heading.js';
import type { Say } from '../shared/say.js';
import { agreementKindLabels, rosterMessages } from './messages.js';

type Target = Agreement['targets'][number];
type Units = Pick<Snapshot, 'units'>['units'];

/** Whole percent, capped at 100 for the bar; the numbers beside it say if a target was exceeded. */
const percent = (target: Target): number | undefined =>
  target.achieved === undefined || target.target === 0
    ? undefined
    : Math.round((target.achieved / target.target) * 100);

function progress(target: Target, say: Say): TemplateResult {
  if (target.achieved === undefined) return html`<span class="not-reported">${say(rosterMessages.notReported)}</span>`;
  const share = percent(target);
  const label = say(rosterMessages.progressLabel, {
    measure: target.description,
    achieved: target.achieved,
    target: target.target,
    unit: target.unit,
  });
  // A native <progress>: its role, value and maximum reach assistive technology without ARIA.
  return html`<span class="progress">
    <progress
      max=${Math.max(target.target, 1)}
      value=${Math.min(target.achieved, target.target)}
      aria-label=${label}
    ></progress>
    <span class="percent">${share === undefined ? '—' : `${share}%`}</span>
  </span>`;
}

function targetRow(target: Target, say: Say): TemplateResult {
  return html`<tr part="target">
    <th scope="row">${target.description}</th>
    <td class="number">${target.target} ${target.unit}</td>
    <td class="number">${target.achieved === undefined ? '—' : `${target.achieved} ${target.unit}`}</td>
    <td>${progress(target, say)}</td>
  </tr>`;
}

function agreementView(agreement: Agreement, units: Units, level: number, say: Say): TemplateResult {
  const title = say(rosterMessages.agreementTitle, {
    unit: units.get(agreement.unitId)?.name ?? agreement.unitId,
    kind: agreementKindLabels[agreement.kind],
    year: agreement.year,
  });
  return html`<article class="agreement" part="agreement" aria-labelledby="agreement-${agreement.id}">
    ${heading(level, title, { id: `agreement-${agreement.id}`, part: 'agreement-title' })}
    <p class="agreement-meta">
      ${say(rosterMessages.signedOn, { date: agreement.signedOn })} ·
      ${
        agreement.assessedOn
          ? say(rosterMessages.assessedOn, { date: agreement.assessedOn })
          : say(rosterMessages.notAssessed)
      }
    </p>
    ${
      agreement.targets.length === 0
        ? nothing
        : html`<table class="targets" part="targets">
            <thead>
              <tr>
                <th scope="col">${say(rosterMessages.measure)}</th>
                <th scope="col">${say(rosterMessages.target)}</th>
                <th scope="col">${say(rosterMessages.achieved)}</th>
                <th scope="col">${say(rosterMessages.progress)}</th>
              </tr>
            </thead>
            <tbody>
              ${agreement.targets.map((target) => targetRow(target, say))}
            </tbody>
          </table>`
    }
  </article>`;
}

/** The member units' agreements for the year of `as-of`, each with its yearly targets and how far they got. */
export function agreementsPanel(
  agreements: readonly Agreement[],
  units: Units,
  year: number,
  level: number,
  say: Say,
): TemplateResult {
  if (agreements.length === 0)
    return html`<p class="empty" part="empty">${say(rosterMessages.noAgreements, { year })}</p>`;
  return html`<div class="agreements">
    ${agreements.map((agreement) => agreementView(agreement, units, level, say))}
  </div>`;
}
