import { html, nothing, type TemplateResult } from 'lit';
import { fenFromYuanText, yuanText } from '../dues-calculator/money.js';
import type { Say } from '../shared/say.js';
import { duesStatementMessages as messages } from './messages.js';
import type { StatementLine } from './statement-table.js';

/** What a form hands the element: its submit and cancel handlers, whether it is saving, the default date. */
export interface FormHooks {
  readonly onSubmit: (event: SubmitEvent) => void;
  readonly onCancel: () => void;
  readonly saving: boolean;
  readonly today: string;
  readonly amountInvalid: boolean;
}

function buttons(say: Say, hooks: FormHooks): TemplateResult {
  return html`<div class="actions">
    <button class="primary" type="submit" ?disabled=${hooks.saving}>
      ${say(hooks.saving ? messages.saving : messages.save)}
    </button>
    <button type="button" @click=${hooks.onCancel}>${say(messages.cancel)}</button>
  </div>`;
}

const field = (id: string, label: string, control: TemplateResult): TemplateResult =>
  html`<div class="field"><label for=${id}>${label}</label>${control}</div>`;

/** 交纳: the amount (the due by default), the date, who paid (self or a named proxy) and how (cash or an online reference). */
export function payForm(line: StatementLine, say: Say, hooks: FormHooks): TemplateResult {
  return html`<form part="action-form" data-action="pay" novalidate @submit=${hooks.onSubmit}>
    <h4>${say(messages.payFor, { name: line.name })}</h4>
    <div class="field">
      <label for="amount">${say(messages.amount)}</label>
      <input
        id="amount"
        name="amount"
        inputmode="decimal"
        .value=${yuanText(line.dueFen)}
        aria-invalid=${hooks.amountInvalid ? 'true' : nothing}
        aria-describedby=${hooks.amountInvalid ? 'amount-error' : nothing}
      />
      ${hooks.amountInvalid ? html`<p class="field-error" id="amount-error">${say(messages.notYuan)}</p>` : nothing}
    </div>
    ${field('paidOn', say(messages.paidOn), html`<input id="paidOn" name="paidOn" type="date" .value=${hooks.today} />`)}
    ${field(
      'payer',
      say(messages.payer),
      html`<select id="payer" name="payer">
        <option value="self">${say(messages.self)}</option>
        <option value="proxy">${say(messages.proxy)}</option>
      </select>`,
    )}
    ${field('proxyName', say(messages.proxyName), html`<input id="proxyName" name="proxyName" maxlength="50" />`)}
    ${field(
      'relation',
      say(messages.relation),
      html`<select id="relation" name="relation">
        <option value="relative">${say(messages.relative)}</option>
        <option value="otherMember">${say(messages.otherMember)}</option>
      </select>`,
    )}
    ${field(
      'method',
      say(messages.method),
      html`<select id="method" name="method">
        <option value="cash">${say(messages.cash)}</option>
        <option value="online">${say(messages.onlineMethod)}</option>
      </select>`,
    )}
    ${field('reference', say(messages.reference), html`<input id="reference" name="reference" maxlength="64" />`)}
    ${buttons(say, hooks)}
  </form>`;
}

/** 缓交: the reason and the day the branch agreed. */
export function deferForm(line: StatementLine, say: Say, hooks: FormHooks): TemplateResult {
  return html`<form part="action-form" data-action="defer" novalidate @submit=${hooks.onSubmit}>
    <h4>${say(messages.deferFor, { name: line.name })}</h4>
    ${field('reason', say(messages.reason), html`<textarea id="reason" name="reason" maxlength="200"></textarea>`)}
    ${field('agreedOn', say(messages.agreedOn), html`<input id="agreedOn" name="agreedOn" type="date" .value=${hooks.today} />`)}
    ${buttons(say, hooks)}
  </form>`;
}

/** A payment as `dues.pay` takes it, read from the pay form; undefined when the amount is not 元. */
export function payInput(form: HTMLFormElement, ids: { id: string; monthId: string; memberId: string }) {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const amountFen = fenFromYuanText(text('amount'));
  if (amountFen === undefined) return undefined;
  return {
    ...ids,
    amountFen,
    paidOn: text('paidOn'),
    payer:
      text('payer') === 'proxy'
        ? { kind: 'proxy' as const, name: text('proxyName'), relation: text('relation') as 'relative' | 'otherMember' }
        : { kind: 'self' as const },
    method:
      text('method') === 'online'
        ? { kind: 'online' as const, reference: text('reference') }
        : { kind: 'cash' as const },
  };
}

/** A deferral as `dues.defer` takes it. */
export function deferInput(form: HTMLFormElement, ids: { monthId: string; memberId: string }) {
  const data = new FormData(form);
  return { ...ids, reason: String(data.get('reason') ?? ''), agreedOn: String(data.get('agreedOn') ?? '') };
}
