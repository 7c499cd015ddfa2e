import type { ConditionTrace, LayerChange, RuleCaseResult, RuleExplanation } from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Say } from '../shared/say.js';
import { rulesPlaygroundMessages as messages } from './messages.js';

const shown = (value: unknown): string => JSON.stringify(value ?? null);

/** What a leaf tested, as the rule wrote it: `range min=60`, `compare eq "retired"`. */
function testOf(trace: ConditionTrace): string {
  const expected = Object.entries(trace.expected ?? {}).map(([key, value]) => `${key}=${shown(value)}`);
  return [trace.op, ...expected].join(' ');
}

/** One condition node: pass or fail in words (not colour alone), and for a leaf the fact it read. */
export function renderTrace(trace: ConditionTrace, say: Say): TemplateResult {
  const verdict = html`<span class=${trace.passed ? 'pass' : 'fail'}
    >${say(trace.passed ? messages.holds : messages.fails)}</span
  >`;
  if (trace.parts) {
    return html`<li data-op=${trace.op}>
      <code>${trace.op}</code> ${verdict}
      <ul>
        ${trace.parts.map((part) => renderTrace(part, say))}
      </ul>
    </li>`;
  }
  return html`<li data-op=${trace.op} data-fact=${trace.fact ?? nothing} data-passed=${String(trace.passed)}>
    <code>${testOf(trace)}</code> · ${say(messages.read, { fact: trace.fact ?? '', value: shown(trace.actual) })}
    ${verdict}
  </li>`;
}

function renderRule(rule: RuleExplanation, say: Say): TemplateResult {
  const status = rule.fired
    ? say(messages.fired)
    : rule.shadowedBy
      ? say(messages.shadowed, { rule: rule.shadowedBy })
      : say(messages.notFired);
  return html`<li data-rule=${rule.ruleId} data-fired=${String(rule.fired)}>
    <span class="rule-id">${rule.ruleId}</span> → <code>${rule.yields}</code>: <strong>${status}</strong>
    <ul class="trace">
      ${renderTrace(rule.condition, say)}
    </ul>
  </li>`;
}

const listed = (values: readonly string[], say: Say): string =>
  values.length ? values.join('、') : say(messages.none);

/** One case: pass or fail, what differed, and every rule with why it did or did not fire. Failing cases open. */
export function renderCase(result: RuleCaseResult, say: Say): TemplateResult {
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
      result.missing.length
        ? html`<p class="difference">${say(messages.missing, { yields: listed(result.missing, say) })}</p>`
        : nothing
    }
    ${
      result.unexpected.length
        ? html`<p class="difference">${say(messages.unexpected, { yields: listed(result.unexpected, say) })}</p>`
        : nothing
    }
    <ul class="rules">
      ${result.explanation.rules.map((rule) => renderRule(rule, say))}
    </ul>
  </details>`;
}

/** One changed outcome: what the edit adds and what it takes away. */
export function renderChange(change: LayerChange, say: Say): TemplateResult {
  return html`<li data-change=${change.name}>
    ${change.name}: ${change.added.length ? say(messages.added, { yields: listed(change.added, say) }) : nothing}
    ${change.removed.length ? say(messages.removed, { yields: listed(change.removed, say) }) : nothing}
  </li>`;
}
