import type { CadenceCaseResult, CadenceLayerChange, CadenceRequirementRun, ShortPeriod } from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Say } from '../shared/say.js';
import { rulesPlaygroundMessages as messages } from './messages.js';

const periods = (list: readonly ShortPeriod[]): string =>
  list.map(({ kind, period }) => `${kind} ${period}`).join('、');

/** One requirement: every period with what was held against the minimum, pass or fail in words. */
function renderRequirement(requirement: CadenceRequirementRun, say: Say): TemplateResult {
  const failing = requirement.periods.some((period) => !period.passed);
  return html`<li data-requirement=${requirement.kind} data-passed=${String(!failing)}>
    <span class="rule-id">${requirement.ruleId}</span> <code>${requirement.per}</code>
    <ul class="trace">
      ${requirement.periods.map(
        (period) =>
          html`<li data-period=${period.period} data-passed=${String(period.passed)}>
            ${say(messages.period, { period: period.period, held: period.held, min: period.min })}
            ${
              period.closed
                ? html`<span class=${period.passed ? 'pass' : 'fail'}
                    >${say(period.passed ? messages.holds : messages.fails)}</span
                  >`
                : say(messages.notEnded)
            }
          </li>`,
      )}
    </ul>
  </li>`;
}

/** One cadence case: pass or fail, the periods that differ from the expectation, every requirement that applies. */
export function renderCadenceCase(result: CadenceCaseResult, say: Say): TemplateResult {
  return html`<details
    class="case"
    data-case=${result.name}
    data-passed=${String(result.passed)}
    ?open=${!result.passed}
  >
    <summary>
      <span class=${result.passed ? 'pass' : 'fail'}>${say(result.passed ? messages.passed : messages.failed)}</span>
      ${result.name}
    </summary>
    ${
      result.missed.length
        ? html`<p class="difference">${say(messages.expectedShort, { periods: periods(result.missed) })}</p>`
        : nothing
    }
    ${
      result.unexpected.length
        ? html`<p class="difference">${say(messages.unexpectedShort, { periods: periods(result.unexpected) })}</p>`
        : nothing
    }
    <ul class="rules">
      ${result.requirements.map((requirement) => renderRequirement(requirement, say))}
    </ul>
  </details>`;
}

/** One case whose short periods the layer changed. */
export function renderCadenceChange(change: CadenceLayerChange, say: Say): TemplateResult {
  return html`<li data-change=${change.name}>
    ${change.name}: ${change.added.length ? say(messages.added, { yields: periods(change.added) }) : nothing}
    ${change.removed.length ? say(messages.removed, { yields: periods(change.removed) }) : nothing}
  </li>`;
}
