import {
  contactCardOverdue,
  isContactCardOverdue,
  recordContact,
  shanghaiDate,
  type ContactCard,
  type DangjianError,
  type LocalizedText,
  type Member,
} from '@dangjian/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { heading, headingLevel } from '../shared/heading.js';
import { memberFrom } from '../shared/member-source.js';
import type { Say } from '../shared/say.js';
import { todayInShanghai } from '../shared/today.js';
import { DjElement } from '../shared/dj-element.js';
import { liveRegion } from '../shared/live-region.js';
import { contactCardStyles } from './contact-card.styles.js';
import { DjContactRecordedEvent } from './events.js';
import { contactFields, type ContactField } from './fields.js';
import { contactCardMessages as messages } from './messages.js';

/**
 * A member's 联系卡 (六个清): whereabouts, contact, housing, thinking, employment and family, with
 * the date it was last brought up to date. A card `overdue-months` whole months old (default 6,
 * core's `contactCardOverdue`, counted by core's calendar) on `as-of` (default today in Asia/Shanghai), or never filled in, is
 * marked overdue: a bar, a written notice and the `overdue` attribute on the element, which a
 * page may style.
 *
 * Connected to a workspace (`member-id` inside a `<dj-provider>`), the card can be updated:
 * “更新联系卡” opens a form that runs core's `recordContact`; a refused update shows the
 * command's typed error, on the field it names when it names one.
 *
 * @summary 联系卡 (六个清) with overdue updates highlighted; editable when connected.
 *
 * @event {DjContactRecordedEvent} dj-contact-recorded - Connected: the workspace saved the card. `event.memberId`, `event.detail.card`, `event.detail.revision`.
 *
 * @csspart title - The card's heading.
 * @csspart fields - The six fields.
 * @csspart updated - The last-update line.
 * @csspart overdue - The overdue notice.
 * @csspart edit - The button that opens the form.
 * @csspart form - The edit form.
 * @csspart error - The alert with a refused update's reason.
 * @csspart status - Loading and not-found texts.
 *
 * @cssproperty --dj-color-primary - Accent: overdue bar, primary button.
 * @cssproperty --dj-color-primary-subtle - Overdue notice background.
 * @cssproperty --dj-color-text - Text colour.
 * @cssproperty --dj-color-text-muted - Field names.
 * @cssproperty --dj-color-surface - Background.
 * @cssproperty --dj-color-border - Borders.
 * @cssproperty --dj-color-focus - Focus ring.
 * @cssproperty --dj-font-family - Font stack.
 * @cssproperty --dj-font-size - Base font size.
 * @cssproperty --dj-radius - Corner radius.
 * @cssproperty --dj-space - Base spacing unit.
 */
export class DjContactCard extends DjElement {
  static override styles = contactCardStyles;

  /** The member whose card to show (data-in mode; read-only). */
  @property({ attribute: false })
  member: Member | undefined;

  /** The member whose card to show from the workspace (connected mode; editable). */
  @property({ attribute: 'member-id' })
  memberId: string | undefined;

  /** The date the card is judged on (`YYYY-MM-DD`); today in Asia/Shanghai by default. */
  @property({ attribute: 'as-of' })
  asOf: string | undefined;

  /**
   * A card not brought up to date for this many whole months is overdue. Default 6: core's
   * `contactCardOverdue`, the months after which a member out of contact counts as 失联.
   */
  @property({ type: Number, attribute: 'overdue-months' })
  overdueMonths: number = contactCardOverdue.months;

  /** Hides the update button even when connected. */
  @property({ type: Boolean, attribute: 'read-only' })
  readOnly = false;

  /** Reflects whether the card is overdue, for the page's own styling. */
  @property({ type: Boolean, reflect: true })
  overdue = false;

  /** Level of the card's heading (1–6). Default 3. */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel: number | undefined;

  @state()
  private _editing = false;

  @state()
  private _saving = false;

  @state()
  private _error: DangjianError | undefined;

  /** A problem found before running the command (no date). */
  @state()
  private _dateMissing = false;

  @state()
  private _announcement: LocalizedText | undefined;

  protected override willUpdate(_changed: PropertyValues<this>): void {
    const member = this.#member();
    this.overdue =
      member !== undefined && isContactCardOverdue(member.contactCard?.updatedOn, this.#asOf(), this.overdueMonths);
  }

  protected override render(): TemplateResult {
    const say = this.say;
    const member = this.#member();
    if (!member) {
      const waiting = !this.member && !this.workspaceSnapshot;
      return html`<p class="status" part="status" role="status">
        ${say(waiting ? messages.loading : messages.notFound)}
      </p>`;
    }
    return html`${heading(headingLevel(this.headingLevel, 3), say(messages.title), { part: 'title' })}
    ${this._editing ? this.#renderForm(member.contactCard, say) : this.#renderCard(member.contactCard, say)}
    ${liveRegion(this._announcement && say(this._announcement))}`;
  }

  #member(): Member | undefined {
    return memberFrom(this.member, this.memberId, this.workspaceSnapshot);
  }

  #asOf(): string {
    return this.asOf ? shanghaiDate(this.asOf) : todayInShanghai();
  }

  #editable(): boolean {
    return !this.member && this.workspace !== undefined && !this.readOnly;
  }

  #renderCard(card: ContactCard | undefined, say: Say): TemplateResult {
    const value = (key: ContactField) =>
      card?.[key] ? card[key] : html`<span class="unrecorded">${say(messages.empty)}</span>`;
    return html`<dl part="fields">
        ${contactFields.map(
          (field) =>
            html`<dt>${say(field.label)}</dt>
              <dd data-field=${field.key}>${value(field.key)}</dd>`,
        )}
      </dl>
      <p class="updated" part="updated">
        ${say(messages.updatedLine, { date: card ? card.updatedOn : messages.never })}
      </p>
      ${this.overdue ? html`<p class="overdue" part="overdue">${say(messages.overdue, { months: this.overdueMonths })}</p>` : nothing}
      ${
        this.#editable()
          ? html`<div class="actions">
              <button type="button" part="edit" @click=${this.#onEdit}>${say(messages.edit)}</button>
            </div>`
          : nothing
      }`;
  }

  #renderForm(card: ContactCard | undefined, say: Say): TemplateResult {
    const fieldError = this._error?.field?.replace(/^card\./, '');
    return html`<form part="form" novalidate @submit=${this.#onSubmit}>
      ${this.#renderErrorAlert(fieldError, say)}
      ${contactFields.map((field) => this.#textField(field.key, say(field.label), card?.[field.key], fieldError === field.key))}
      ${this.#dateField(fieldError === 'updatedOn' || this._dateMissing, say)}
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${this._saving}>
          ${say(this._saving ? messages.saving : messages.save)}
        </button>
        <button type="button" @click=${this.#onCancel}>${say(messages.cancel)}</button>
      </div>
    </form>`;
  }

  /** The command's reason, as an alert; tied to its field when it names one. */
  #renderErrorAlert(fieldError: string | undefined, say: Say): TemplateResult | typeof nothing {
    if (!this._error) return nothing;
    return html`<div class="alert" part="error" role="alert" id=${fieldError ? 'error' : nothing}>
      ${say(messages.failed, { reason: this._error.text })}
    </div>`;
  }

  #textField(key: ContactField, label: string, value: string | undefined, invalid: boolean): TemplateResult {
    return html`<div class="field">
      <label for="field-${key}">${label}</label>
      <textarea
        id="field-${key}"
        name=${key}
        maxlength="200"
        .value=${value ?? ''}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${invalid ? 'error' : nothing}
      ></textarea>
    </div>`;
  }

  #dateField(invalid: boolean, say: Say): TemplateResult {
    const describedBy = this._dateMissing ? 'date-error' : invalid ? 'error' : undefined;
    return html`<div class="field">
      <label for="field-updatedOn" class="required">${say(messages.updatedOn)}</label>
      <input
        id="field-updatedOn"
        name="updatedOn"
        type="date"
        required
        .value=${this.#asOf()}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${describedBy ?? nothing}
      />
      ${this._dateMissing ? html`<p class="field-error" id="date-error">${say(messages.dateRequired)}</p>` : nothing}
    </div>`;
  }

  #onEdit = async (): Promise<void> => {
    this._editing = true;
    this._error = undefined;
    this._dateMissing = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('textarea')?.focus();
  };

  #onCancel = async (): Promise<void> => {
    this._editing = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="edit"]')?.focus();
  };

  #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const workspace = this.workspace;
    const member = this.#member();
    if (!workspace || !member || this._saving) return;
    const card = this.#cardFrom(event.target as HTMLFormElement);
    this._dateMissing = !card.updatedOn;
    this._error = undefined;
    if (this._dateMissing) return this.#focusInvalid();
    this._saving = true;
    const result = await workspace.run(recordContact, { memberId: member.id, card });
    this._saving = false;
    if (!result.ok) {
      this._error = result.error;
      return this.#focusInvalid();
    }
    this._editing = false;
    this._announcement = messages.saved;
    this.dispatchEvent(
      new DjContactRecordedEvent({
        memberId: member.id,
        card: result.value.result.contactCard!,
        revision: result.value.revision,
      }),
    );
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="edit"]')?.focus();
  };

  /** The six fields (blank ones left out) and the date, as typed. */
  #cardFrom(form: HTMLFormElement): ContactCard {
    const data = new FormData(form);
    const card: Record<string, string> = { updatedOn: String(data.get('updatedOn') ?? '') };
    for (const { key } of contactFields) {
      const value = String(data.get(key) ?? '').trim();
      if (value) card[key] = value;
    }
    return card as ContactCard;
  }

  async #focusInvalid(): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
    target?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dj-contact-card': DjContactCard;
  }
}
