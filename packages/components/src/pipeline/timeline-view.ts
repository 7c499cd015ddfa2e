import { stages, type Finding, type NextStep } from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import { stageLabels } from '../shared/member-labels.js';
import type { Say } from '../shared/say.js';
import { pipelineMessages as messages } from './messages.js';
import type { PipelineView, StepView } from './pipeline-model.js';

function stepItem(view: StepView, say: Say): TemplateResult {
  const { step, dates, next, overdue } = view;
  const state = dates.length > 0 ? 'done' : next ? 'next' : 'pending';
  return html`<li
    data-step=${step.n}
    data-state=${state}
    ?data-overdue=${overdue !== undefined}
    aria-current=${next ? 'step' : nothing}
  >
    <span class="number">${say(messages.stepNumber, { n: step.n })}</span>
    <span class="label">${say(step.label)}</span>
    ${step.article ? html`<cite>${step.article}</cite>` : nothing}
    ${dates.map((date) => html`<span class="date">${say(messages.recordedOn, { date })}</span>`)}
    ${next ? html`<span class="mark" part="next-mark">${say(messages.nextMark)}</span>` : nothing}
    ${
      overdue
        ? html`<span class="mark overdue" part="overdue">${say(messages.overdueMark)}</span>
            <span class="finding">${say(overdue.text)}</span>`
        : nothing
    }
  </li>`;
}

/** The five stages in order, each with its steps: recorded ones dated, the next one marked, overdue ones flagged. */
export function timelineView(view: PipelineView, say: Say): TemplateResult {
  return html`<ol class="stages" part="timeline">
    ${stages.map(
      (stage) =>
        html`<li class="stage" data-stage=${stage}>
          <span class="stage-name">${say(stageLabels[stage])}</span>
          <ol class="steps">
            ${view.steps.filter((each) => each.step.stage === stage).map((each) => stepItem(each, say))}
          </ol>
        </li>`,
    )}
  </ol>`;
}

/** The step the process waits for: its earliest date and the rule that sets it, and its time limit. */
export function nextView(next: NextStep | undefined, probationEndsOn: string | undefined, say: Say): TemplateResult {
  const probation = probationEndsOn
    ? html`<p class="probation">${say(messages.probationEnds, { date: probationEndsOn })}</p>`
    : nothing;
  if (!next)
    return html`<section part="next" class="next">
      <p>${say(messages.complete)}</p>
      ${probation}
    </section>`;
  const rule = next.earliestRule;
  return html`<section part="next" class="next" data-step=${next.step}>
    <p class="next-title">${say(messages.next, { step: next.label })}</p>
    <p data-earliest=${next.earliest}>${say(messages.earliest, { date: next.earliest })}</p>
    ${
      rule
        ? html`<p class="because" data-rule=${rule.id}>
            ${say(messages.earliestBecause, { article: rule.article ?? rule.id, source: rule.source ?? '' })}
          </p>`
        : nothing
    }
    ${
      next.dueBy
        ? html`<p class="due">${say(messages.dueBy, { date: next.dueBy, article: next.dueRule?.article ?? '' })}</p>`
        : nothing
    }
    ${probation}
  </section>`;
}

/** Core's other findings on the process (a step taken late, a member record whose stage disagrees), each with its text. */
export function findingsView(
  findings: readonly Finding[],
  shown: ReadonlySet<Finding>,
  say: Say,
): TemplateResult | typeof nothing {
  const rest = findings.filter((found) => !shown.has(found));
  if (rest.length === 0) return nothing;
  return html`<ul class="findings" part="findings">
    ${rest.map((found) => html`<li data-severity=${found.severity} data-rule=${found.rule.id}>${say(found.text)}</li>`)}
  </ul>`;
}
