import type { LedgerLine, PointsCaseResult, PointsConditionRun, PointsSchemeChange } from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Say } from '../shared/say.js';
import { rulesPlaygroundMessages as messages } from './messages.js';
import { renderTrace } from './render-trace.js';

/** One ledger line: what the item gives raw, what counts, and the cap or veto that took points off. */
function renderLine(line: LedgerLine, say: Say): TemplateResult {
  return html`<li data-item=${line.itemId} data-capped=${String(!!line.capped)} data-vetoed=${String(!!line.vetoedBy)}>
    ${say(messages.line, { on: line.on, item: say(line.item), raw: line.rawPoints, points: line.points })}
    ${line.capped ? say(messages.capped, { period: line.capped.period, max: line.capped.max }) : nothing}
    ${line.vetoedBy ? say(messages.vetoed, { veto: line.vetoedBy }) : nothing}
  </li>`;
}

/** A veto or exclusion judged on the member's facts: whether it holds, each condition with the fact it read. */
function renderCondition(run: PointsConditionRun, say: Say): TemplateResult {
  return html`<li data-rule=${run.id} data-fired=${String(run.held)}>
    <span class="rule-id">${run.id}</span>:
    <strong>${say(run.held ? messages.holds : messages.fails)}</strong>
    <ul class="trace">
      ${renderTrace(run.condition, say)}
    </ul>
  </li>`;
}

const events = (indexes: readonly number[]): string => indexes.map((index) => String(index + 1)).join('、');

/** One points case: pass or fail, what differs, every ledger line, the vetoes and exclusions judged. */
export function renderPointsCase(result: PointsCaseResult, say: Say): TemplateResult {
  return html`<details
    class="case"
    data-case=${result.name}
    data-passed=${String(result.passed)}
    ?open=${!result.passed}
  >
    <summary>
      <span class=${result.passed ? 'pass' : 'fail'}>${say(result.passed ? messages.passed : messages.failed)}</span>
      ${result.name} · ${say(messages.totalWord)} ${result.total}
    </summary>
    ${result.mismatches.map(
      (mismatch) =>
        html`<p class="difference" data-mismatch=${mismatch.id ?? mismatch.what}>
          ${say(messages.mismatch, {
            what: mismatch.id ?? say(messages.totalWord),
            expected: mismatch.expected,
            actual: mismatch.actual,
          })}
        </p>`,
    )}
    <ul class="rules">
      ${result.lines.length ? result.lines.map((line) => renderLine(line, say)) : html`<li>${say(messages.noLines)}</li>`}
    </ul>
    ${result.excludedBy ? html`<p>${say(messages.excluded, { exclusion: result.excludedBy })}</p>` : nothing}
    ${result.unmatched.length ? html`<p>${say(messages.unmatched, { events: events(result.unmatched) })}</p>` : nothing}
    ${
      result.outsideYear.length
        ? html`<p>${say(messages.outsideYear, { events: events(result.outsideYear) })}</p>`
        : nothing
    }
    <p>${say(messages.vetoesAndExclusions)}:</p>
    <ul class="rules">
      ${[...result.vetoes, ...result.exclusions].map((run) => renderCondition(run, say))}
    </ul>
  </details>`;
}

/** One case whose total the edited scheme changed. */
export function renderPointsChange(change: PointsSchemeChange, say: Say): TemplateResult {
  return html`<li data-change=${change.name}>${say(messages.totalChanged, { ...change })}</li>`;
}
