import {
  memberAge,
  fill,
  shanghaiDate,
  type Classifier,
  type LocalizedText,
  type Member,
  type Org,
  type RuleResult,
} from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { classificationOf } from '../shared/classifications.js';
import { heading, headingLevel } from '../shared/heading.js';
import { genderLabels, resultLabel, stageLabels } from '../shared/member-labels.js';
import { memberFrom, orgName } from '../shared/member-source.js';
import { shownIdNumber, shownPhone } from '../shared/pii.js';
import type { Say } from '../shared/say.js';
import { todayInShanghai } from '../shared/today.js';
import { DjUnmaskRequestEvent } from '../shared/unmask.js';
import { DjElement } from '../shared/dj-element.js';
import { memberCardStyles } from './member-card.styles.js';
import { memberCardMessages as messages } from './messages.js';

/**
 * One member's record: personal data (ID number and phone masked), stage, both Party
 * organisations, and every category and care flag with the rule that gave it and why.
 *
 * When the relation org (组织关系所在) and the managing org (日常管理) differ — dual management —
 * both are shown under those names; otherwise one “所在党组织”.
 *
 * Give it `.member` (and `.orgs` for org names), or a `member-id` inside a `<dj-provider>`.
 *
 * @summary One member's record with categories, care flags and both organisations.
 *
 * @event {DjUnmaskRequestEvent} dj-unmask-request - With `allow-unmask`: a reader asked for the full numbers. Cancel to refuse; otherwise `unmask` is set.
 *
 * @csspart name - The member's name (a heading at `heading-level`).
 * @csspart fields - The list of fields.
 * @csspart chip - Each category or care chip; also `chip-category` or `chip-care`.
 * @csspart reason - The reason next to each chip.
 * @csspart dual - The “双重管理” badge.
 * @csspart unmask - The button that asks to show full numbers.
 * @csspart status - Loading and not-found texts.
 *
 * @cssproperty --dj-color-primary - Accent: chips, badge.
 * @cssproperty --dj-color-primary-subtle - Category chip background.
 * @cssproperty --dj-color-text - Text colour.
 * @cssproperty --dj-color-text-muted - Field names, rule ids.
 * @cssproperty --dj-color-surface - Background.
 * @cssproperty --dj-color-border - Border.
 * @cssproperty --dj-color-focus - Focus ring.
 * @cssproperty --dj-font-family - Font stack.
 * @cssproperty --dj-font-size - Base font size.
 * @cssproperty --dj-radius - Corner radius.
 * @cssproperty --dj-space - Base spacing unit.
 */
export class DjMemberCard extends DjElement {
  static override styles = memberCardStyles;

  /** The member to show (data-in mode). */
  @property({ attribute: false })
  member: Member | undefined;

  /** Orgs, for the names of the member's orgs (data-in mode). */
  @property({ attribute: false })
  orgs: readonly Org[] | undefined;

  /** The member to show from the workspace (connected mode). */
  @property({ attribute: 'member-id' })
  memberId: string | undefined;

  /** A classifier with the portal's rule overrides; the kit's rules by default. */
  @property({ attribute: false })
  classifier: Classifier | undefined;

  /** The date categories and age are worked out on; today in Asia/Shanghai by default. */
  @property({ attribute: 'as-of' })
  asOf: string | undefined;

  /** Shows the ID number and phone in full. Set it only for readers allowed to see them. */
  @property({ type: Boolean })
  unmask = false;

  /** Offers a button that asks (through `dj-unmask-request`) to show the full numbers. */
  @property({ type: Boolean, attribute: 'allow-unmask' })
  allowUnmask = false;

  /** Level of the name's heading (1–6). Default 3. */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel: number | undefined;

  protected override render(): TemplateResult {
    const say = this.say;
    const member = memberFrom(this.member, this.memberId, this.workspaceSnapshot);
    if (!member) {
      const waiting = !this.member && !this.workspaceSnapshot;
      return html`<p class="status" part="status" role="status">
        ${say(waiting ? messages.loading : messages.notFound)}
      </p>`;
    }
    const asOf = this.asOf ? shanghaiDate(this.asOf) : todayInShanghai();
    const classification = classificationOf(member, asOf, this.classifier);
    return html`${heading(headingLevel(this.headingLevel, 3), member.name, { part: 'name' })}
      <dl part="fields">${this.#personal(member, asOf, say)} ${this.#orgs(member, say)}</dl>
      ${this.#reasons(messages.categories, classification.categories, 'category', say)}
      ${this.#reasons(messages.care, classification.care, 'care', say)} ${this.#unmaskButton(member, say)}`;
  }

  #personal(member: Member, asOf: string, say: Say): TemplateResult {
    const field = (name: string, value: unknown, numeric = false) =>
      html`<dt>${name}</dt>
        <dd class=${numeric ? 'numeric' : ''}>${value}</dd>`;
    const age = say(messages.age, { age: memberAge(member, asOf) ?? '—' });
    return html`${field(say(messages.gender), say(genderLabels[member.gender]))}
    ${field(say(messages.birthDate), `${member.birthDate}（${age}）`, true)}
    ${field(say(messages.stage), say(stageLabels[member.stage]))}
    ${member.idNumber ? field(say(messages.idNumber), shownIdNumber(member.idNumber, this.unmask), true) : nothing}
    ${member.phone ? field(say(messages.phone), shownPhone(member.phone, this.unmask), true) : nothing}
    ${member.employer ? field(say(messages.employer), member.employer.name) : nothing}
    ${member.skills?.length ? field(say(messages.skills), member.skills.join('、')) : nothing}`;
  }

  /** One org, or both under their names when the member is under dual management. */
  #orgs(member: Member, say: Say): TemplateResult {
    const name = (id: string) => orgName(id, this.orgs, this.workspaceSnapshot);
    if (member.relationOrgId === member.managingOrgId) {
      return html`<dt>${say(messages.org)}</dt>
        <dd data-org="both">${name(member.relationOrgId)}</dd>`;
    }
    return html`<dt>${say(messages.relationOrg)}</dt>
      <dd data-org="relation">
        ${name(member.relationOrgId)} <span class="dual" part="dual">${say(messages.dual)}</span>
      </dd>
      <dt>${say(messages.managingOrg)}</dt>
      <dd data-org="managing">${name(member.managingOrgId)}</dd>`;
  }

  #reasons(title: LocalizedText, results: readonly RuleResult[], kind: 'category' | 'care', say: Say): TemplateResult {
    const locale = this.locale;
    const items = results.map(
      (result) =>
        html`<li data-yields=${result.yields}>
          <span class="chip ${kind}" part="chip chip-${kind}">${say(resultLabel(result))}</span>
          <span part="reason">${result.reason[locale]}</span>
          <span class="rule"
            >${fill(messages.rule[locale], { id: result.ruleId, version: result.version }, locale)}${result.article ? ` · ${result.article}` : ''}</span
          >
        </li>`,
    );
    return html`<div class="subheading" role="heading" aria-level=${headingLevel(this.headingLevel, 3) + 1}>
        ${say(title)}
      </div>
      ${
        items.length > 0
          ? html`<ul class="reasons" data-kind=${kind}>
              ${items}
            </ul>`
          : html`<p class="status">${say(messages.none)}</p>`
      }`;
  }

  #unmaskButton(member: Member, say: Say): TemplateResult | typeof nothing {
    if (!this.allowUnmask || (!member.idNumber && !member.phone)) return nothing;
    return html`<button
      type="button"
      part="unmask"
      aria-pressed=${String(this.unmask)}
      @click=${() => this.#toggleUnmask(member)}
    >
      ${say(this.unmask ? messages.mask : messages.unmask)}
    </button>`;
  }

  #toggleUnmask(member: Member): void {
    if (this.unmask) {
      this.unmask = false;
      return;
    }
    const fields = (['idNumber', 'phone'] as const).filter((field) => member[field] !== undefined);
    if (this.dispatchEvent(new DjUnmaskRequestEvent({ memberId: member.id, fields }))) this.unmask = true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dj-member-card': DjMemberCard;
  }
}
