import {
  deferDues,
  duesMonthReport,
  payDues,
  reportDuesMonth,
  type DangjianError,
  type DuesMonthData,
  type LocalizedText,
  type Result,
  type RunOutcome,
  type Snapshot,
  type Workspace,
} from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DjElement } from '../shared/dj-element.js';
import { heading, headingLevel } from '../shared/heading.js';
import { liveRegion } from '../shared/live-region.js';
import { memo } from '../shared/memo.js';
import type { Say } from '../shared/say.js';
import { todayInShanghai } from '../shared/today.js';
import { deferForm, deferInput, payForm, payInput, type FormHooks } from './action-forms.js';
import { duesStatementStyles } from './dues-statement.styles.js';
import { DjDuesRecordedEvent, type DjDuesRecordedDetail } from './events.js';
import { duesStatementMessages as messages } from './messages.js';
import { statementLines, statementTable, type StatementLine } from './statement-table.js';

type Action = { readonly kind: 'pay' | 'defer'; readonly memberId: string };

const monthStates = {
  collecting: messages.monthCollecting,
  reported: messages.monthReported,
  settled: messages.monthSettled,
} as const;

/**
 * A branch's 党费 month from the workspace (`month-id` inside a `<dj-provider>`): each member's
 * due, paid, deferred and owing amounts (core's `duesMonthReport`), the totals, and whether the
 * month can be reported. Members appear by name only: never an ID number or a phone.
 *
 * Its actions are core's commands: 交纳 (`dues.pay`, by the member or a named proxy, in cash or
 * online with its reference), 缓交 (`dues.defer`, with a reason) and 上报 (`dues.report`). A
 * refusal is core's typed error, shown in an alert; nothing is written then.
 *
 * @summary A branch's dues month: due, paid, deferred, owing; pay, defer and report.
 *
 * @event {DjDuesRecordedEvent} dj-dues-recorded - The workspace saved a payment, deferral or report. `event.monthId`, `event.detail.type`, `event.detail.memberId`, `event.detail.revision`.
 *
 * @csspart title - The heading.
 * @csspart table - The members' table.
 * @csspart totals - The totals row group.
 * @csspart readiness - Whether the month can be reported.
 * @csspart action-form - The pay or defer form.
 * @csspart report - The report form.
 * @csspart error - The alert with a refusal's reason.
 * @csspart status - Loading and not-found texts.
 *
 * @cssproperty --dj-color-primary - Accent: primary buttons, owing amounts.
 * @cssproperty --dj-color-primary-subtle - Alert background.
 * @cssproperty --dj-color-text - Text colour.
 * @cssproperty --dj-color-text-muted - Notes.
 * @cssproperty --dj-color-surface - Background.
 * @cssproperty --dj-color-border - Borders.
 * @cssproperty --dj-color-focus - Focus ring.
 * @cssproperty --dj-font-family - Font stack.
 * @cssproperty --dj-font-size - Base font size.
 * @cssproperty --dj-radius - Corner radius.
 * @cssproperty --dj-space - Base spacing unit.
 */
export class DjDuesStatement extends DjElement {
  static override styles = duesStatementStyles;

  /** The dues month to show (`duesMonths` id) from the workspace. */
  @property({ attribute: 'month-id' })
  monthId: string | undefined;

  /** The date forms start with (`YYYY-MM-DD`); today in Asia/Shanghai by default. */
  @property({ attribute: 'as-of' })
  asOf: string | undefined;

  /** Hides the actions even when connected. */
  @property({ type: Boolean, attribute: 'read-only' })
  readOnly = false;

  /** Makes a payment's id; by default `pay-<month>-<member>` (a member pays a month once). */
  @property({ attribute: false })
  paymentIdFor: (monthId: string, memberId: string) => string = (monthId, memberId) => `pay-${monthId}-${memberId}`;

  /** Level of the heading (1–6). Default 3. */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel: number | undefined;

  @state()
  private _action: Action | undefined;

  @state()
  private _saving = false;

  @state()
  private _error: DangjianError | undefined;

  @state()
  private _amountInvalid = false;

  @state()
  private _announcement: LocalizedText | undefined;

  readonly #report = memo(
    (snapshot: Snapshot, monthId: string) => duesMonthReport(snapshot, monthId)?.data,
    (snapshot, monthId) => [snapshot.duesMonths, snapshot.duesPayments, monthId],
  );

  readonly #lines = memo((data: DuesMonthData, members: Pick<Snapshot['members'], 'get'>) =>
    statementLines(data, members),
  );

  protected override render(): TemplateResult {
    const say = this.say;
    const snapshot = this.workspaceSnapshot;
    const data = snapshot && this.monthId ? this.#report(snapshot, this.monthId) : undefined;
    if (!snapshot || !data) {
      return html`<p class="status" part="status" role="status">
        ${say(snapshot ? messages.notFound : messages.loading)}
      </p>`;
    }
    const lines = this.#lines(data, snapshot.members);
    const title = `${say(messages.title, { period: data.month.period })} · ${say(monthStates[data.month.state])}`;
    return html`${heading(headingLevel(this.headingLevel, 3), title, { part: 'title' })} ${this.#errorAlert(say)}
    ${statementTable(data, lines, say, (line) => this.#rowActions(data, line, say))} ${this.#readiness(data, say)}
    ${this.#actionForm(lines, say)} ${this.#reportForm(data, say)}
    ${liveRegion(this._announcement && say(this._announcement))}`;
  }

  #editable(): boolean {
    return this.workspace !== undefined && !this.readOnly;
  }

  #today(): string {
    return this.asOf ?? todayInShanghai();
  }

  #errorAlert(say: Say): TemplateResult | typeof nothing {
    if (!this._error) return nothing;
    return html`<div class="alert" part="error" role="alert">
      ${say(messages.refused, { reason: this._error.text })}
    </div>`;
  }

  #readiness(data: DuesMonthData, say: Say): TemplateResult | typeof nothing {
    if (data.month.state !== 'collecting') return nothing;
    const text = data.canReport
      ? say(messages.canReport)
      : say(messages.cannotReport, { count: data.totals.counts.unpaid });
    return html`<p class="readiness" part="readiness" data-can-report=${String(data.canReport)}>${text}</p>`;
  }

  /** Pay an unpaid line, or a deferred one back; defer an unpaid line while the month collects. */
  #rowActions(data: DuesMonthData, line: StatementLine, say: Say): unknown {
    if (!this.#editable()) return nothing;
    const collecting = data.month.state === 'collecting';
    const canPay = line.state === 'deferred' || (line.state === 'unpaid' && collecting);
    const open = (kind: Action['kind']) => () => this.#open({ kind, memberId: line.memberId });
    return html`${
      canPay
        ? html`<button type="button" data-act="pay" @click=${open('pay')}>
            ${say(line.state === 'deferred' ? messages.backPay : messages.pay)}
          </button>`
        : nothing
    }
    ${
      line.state === 'unpaid' && collecting
        ? html`<button type="button" data-act="defer" @click=${open('defer')}>${say(messages.defer)}</button>`
        : nothing
    }`;
  }

  #actionForm(lines: readonly StatementLine[], say: Say): TemplateResult | typeof nothing {
    const action = this._action;
    const line = action && lines.find((each) => each.memberId === action.memberId);
    if (!action || !line) return nothing;
    const hooks: FormHooks = {
      onSubmit: action.kind === 'pay' ? this.#onPay : this.#onDefer,
      onCancel: () => this.#open(undefined),
      saving: this._saving,
      today: this.#today(),
      amountInvalid: this._amountInvalid,
    };
    return action.kind === 'pay' ? payForm(line, say, hooks) : deferForm(line, say, hooks);
  }

  #reportForm(data: DuesMonthData, say: Say): TemplateResult | typeof nothing {
    if (!this.#editable() || data.month.state !== 'collecting') return nothing;
    return html`<form part="report" class="report" novalidate @submit=${this.#onReport}>
      <div class="field">
        <label for="reportOn">${say(messages.reportOn)}</label>
        <input id="reportOn" name="reportOn" type="date" .value=${this.#today()} />
      </div>
      <button class="primary" type="submit" ?disabled=${this._saving}>${say(messages.report)}</button>
    </form>`;
  }

  async #open(action: Action | undefined): Promise<void> {
    this._action = action;
    this._error = undefined;
    this._amountInvalid = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="action-form"] input, [part="action-form"] textarea')?.focus();
  }

  #onPay = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const { monthId, memberId } = { monthId: this.monthId!, memberId: this._action!.memberId };
    const input = payInput(event.target as HTMLFormElement, {
      id: this.paymentIdFor(monthId, memberId),
      monthId,
      memberId,
    });
    this._amountInvalid = input === undefined;
    if (!input) return;
    await this.#run('dues.pay', memberId, (workspace) => workspace.run(payDues, input));
  };

  #onDefer = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const ids = { monthId: this.monthId!, memberId: this._action!.memberId };
    const input = deferInput(event.target as HTMLFormElement, ids);
    await this.#run('dues.defer', ids.memberId, (workspace) => workspace.run(deferDues, input));
  };

  #onReport = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const on = String(new FormData(event.target as HTMLFormElement).get('reportOn') ?? '');
    const monthId = this.monthId!;
    await this.#run('dues.report', undefined, (workspace) => workspace.run(reportDuesMonth, { monthId, on }));
  };

  /** Runs one command; a refusal stays in the alert, a success closes the form and is announced. */
  async #run(
    type: DjDuesRecordedDetail['type'],
    memberId: string | undefined,
    run: (workspace: Workspace) => Promise<Result<RunOutcome<unknown>, DangjianError>>,
  ): Promise<void> {
    const workspace = this.workspace;
    if (!workspace || this._saving) return;
    this._saving = true;
    this._error = undefined;
    const result = await run(workspace);
    this._saving = false;
    if (!result.ok) {
      this._error = result.error;
      return;
    }
    this._action = undefined;
    this._announcement = messages.saved;
    const detail = { type, monthId: this.monthId!, revision: result.value.revision };
    this.dispatchEvent(new DjDuesRecordedEvent(memberId ? { ...detail, memberId } : detail));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dj-dues-statement': DjDuesStatement;
  }
}
