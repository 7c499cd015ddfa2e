import {
  localize,
  registerInCommunity,
  shanghaiDate,
  type LocalizedText,
  type Org,
  type Post,
  type Registration,
  type Workspace,
} from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { heading, headingLevel } from '../shared/heading.js';
import { subtreeIds } from '../shared/org-subtree.js';
import type { Say } from '../shared/say.js';
import { todayInShanghai } from '../shared/today.js';
import { DjElement } from '../shared/dj-element.js';
import { DjRegistrationSavedEvent, DjRegistrationSubmitEvent } from './events.js';
import { registrationMessages as messages } from './messages.js';
import { checkDraft, draftFieldOf, type DraftField, type RegistrationDraft } from './registration-draft.js';
import { registrationFormStyles } from './registration-form.styles.js';

type Problems = Partial<Record<DraftField, LocalizedText>>;

/**
 * 双报到: an in-service member reports to the community where they live, chooses posts
 * (设岗定责) and names their employer's Party organisation, to which the community reports the
 * service back (双向反馈).
 *
 * Required fields are checked first; each problem is written under its input and tied to it
 * with `aria-describedby`, a summary is announced, and focus goes to the first field to fix.
 * Then a cancelable `dj-registration-submit` is fired. Connected (inside a `<dj-provider>`), the
 * form runs core's `registerInCommunity`; a refused registration shows the command's typed
 * error, under the input it names when it names one. Given `.orgs` (and `.posts`), the page
 * saves the registration from the event.
 *
 * @summary 双报到 form: community, posts, date and employer org; validated, accessible errors.
 *
 * @event {DjRegistrationSubmitEvent} dj-registration-submit - A valid registration was submitted. `event.detail.registration`. Cancelable: connected, cancelling stops the command.
 * @event {DjRegistrationSavedEvent} dj-registration-saved - Connected: the workspace saved it. `event.detail.registration`, `event.detail.revision`.
 *
 * @csspart title - The form's heading.
 * @csspart form - The `<form>`.
 * @csspart summary - The announced count of problems.
 * @csspart error - The alert with a refused registration's reason.
 * @csspart field-error - The text under an input that needs fixing.
 * @csspart submit - The submit button.
 * @csspart done - The confirmation after a successful registration.
 *
 * @cssproperty --dj-color-primary - Accent: required marks, errors, submit button.
 * @cssproperty --dj-color-primary-subtle - Alert background.
 * @cssproperty --dj-color-text - Text colour.
 * @cssproperty --dj-color-surface - Background.
 * @cssproperty --dj-color-border - Borders.
 * @cssproperty --dj-color-focus - Focus ring.
 * @cssproperty --dj-font-family - Font stack.
 * @cssproperty --dj-font-size - Base font size.
 * @cssproperty --dj-radius - Corner radius.
 * @cssproperty --dj-space - Base spacing unit.
 */
export class DjRegistrationForm extends DjElement {
  static override styles = registrationFormStyles;

  /** The member who reports. */
  @property({ attribute: 'member-id' })
  memberId: string | undefined;

  /** Orgs to choose the community from (data-in mode): community committees, or every org when there are none. */
  @property({ attribute: false })
  orgs: readonly Org[] | undefined;

  /** Posts the member may claim (data-in mode); those of the chosen community and below are offered. */
  @property({ attribute: false })
  posts: readonly Post[] | undefined;

  /** The date the form starts with (`YYYY-MM-DD`); today in Asia/Shanghai by default. */
  @property({ attribute: 'as-of' })
  asOf: string | undefined;

  /** Makes the registration's id; by default `reg-<member>-<date>`. */
  @property({ attribute: false })
  idFor: (draft: RegistrationDraft & { memberId: string }) => string = (draft) =>
    `reg-${draft.memberId}-${draft.registeredOn}`;

  /** Level of the form's heading (1–6). Default 3. */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel: number | undefined;

  @state()
  private _draft: RegistrationDraft | undefined;

  @state()
  private _problems: Problems = {};

  @state()
  private _error: LocalizedText | undefined;

  @state()
  private _submitting = false;

  @state()
  private _done: LocalizedText | undefined;

  /** Empties the form (after a registration, to take another). */
  reset(): void {
    this._draft = undefined;
    this._problems = {};
    this._error = undefined;
    this._done = undefined;
  }

  protected override render(): TemplateResult {
    const say = this.say;
    const draft = this.#currentDraft();
    const count = Object.keys(this._problems).length;
    return html`${heading(headingLevel(this.headingLevel, 3), say(messages.title), { part: 'title' })}
      <form part="form" novalidate @submit=${this.#onSubmit} @input=${this.#onInput} @change=${this.#onInput}>
        <div role="alert" class=${count > 0 ? 'alert' : ''} part="summary">
          ${count > 0 ? say(messages.errorsFound, { count }) : nothing}
        </div>
        ${this._error ? html`<div class="alert" part="error" role="alert">${say(messages.failed, { reason: this._error })}</div>` : nothing}
        ${this.#communityField(draft, say)} ${this.#postsField(draft, say)}
        ${this.#textField('registeredOn', 'date', draft.registeredOn, say)}
        ${this.#textField('employerOrgName', 'text', draft.employerOrgName, say, say(messages.employerHint))}
        <div class="actions">
          <button class="primary" part="submit" type="submit" ?disabled=${this._submitting}>
            ${say(this._submitting ? messages.submitting : messages.submit)}
          </button>
        </div>
      </form>
      <div role="status" part="done" class="done">${this._done ? say(this._done) : nothing}</div>`;
  }

  #currentDraft(): RegistrationDraft {
    return (
      this._draft ?? {
        communityOrgId: '',
        postIds: [],
        registeredOn: this.asOf ? shanghaiDate(this.asOf) : todayInShanghai(),
        employerOrgName: '',
      }
    );
  }

  #allOrgs(): readonly Org[] {
    return this.orgs ?? this.workspaceSnapshot?.orgs.toArray() ?? [];
  }

  #communities(): readonly Org[] {
    const orgs = this.#allOrgs();
    const communities = orgs.filter((org) => org.kind === 'committee' && org.subkind === 'community');
    return communities.length > 0 ? communities : orgs;
  }

  #postsIn(communityOrgId: string): readonly Post[] {
    if (!communityOrgId) return [];
    const posts = this.posts ?? this.workspaceSnapshot?.posts.toArray() ?? [];
    const within = subtreeIds(this.#allOrgs(), communityOrgId);
    return posts.filter((post) => within.has(post.orgId));
  }

  /** `aria-invalid` and `aria-describedby` for an input with (or without) a problem. */
  #invalid(field: DraftField): { invalid: 'true' | undefined; describedBy: string | undefined } {
    const problem = this._problems[field] !== undefined;
    return { invalid: problem ? 'true' : undefined, describedBy: problem ? `error-${field}` : undefined };
  }

  #problemText(field: DraftField, say: Say): TemplateResult | typeof nothing {
    const problem = this._problems[field];
    return problem ? html`<p class="field-error" part="field-error" id="error-${field}">${say(problem)}</p>` : nothing;
  }

  #communityField(draft: RegistrationDraft, say: Say): TemplateResult {
    const { invalid, describedBy } = this.#invalid('communityOrgId');
    return html`<div class="field">
      <label for="communityOrgId" class="required">${say(messages.community)}</label>
      <select
        id="communityOrgId"
        name="communityOrgId"
        required
        .value=${live(draft.communityOrgId)}
        aria-invalid=${invalid ?? nothing}
        aria-describedby=${describedBy ?? nothing}
      >
        <option value="">${say(messages.choose)}</option>
        ${this.#communities().map((org) => html`<option value=${org.id} ?selected=${org.id === draft.communityOrgId}>${org.name}</option>`)}
      </select>
      ${this.#problemText('communityOrgId', say)}
    </div>`;
  }

  #postsField(draft: RegistrationDraft, say: Say): TemplateResult {
    const posts = this.#postsIn(draft.communityOrgId);
    const { invalid, describedBy } = this.#invalid('postIds');
    return html`<fieldset class="posts" aria-invalid=${invalid ?? nothing} aria-describedby=${describedBy ?? nothing}>
      <legend>${say(messages.posts)}</legend>
      ${
        posts.length === 0
          ? html`<p class="hint">${say(messages.noPosts)}</p>`
          : posts.map(
              (post) =>
                html`<label class="check">
                  <input
                    type="checkbox"
                    name="postIds"
                    value=${post.id}
                    .checked=${live(draft.postIds.includes(post.id))}
                  />${post.name}
                </label>`,
            )
      }
      ${this.#problemText('postIds', say)}
    </fieldset>`;
  }

  #textField(
    field: 'registeredOn' | 'employerOrgName',
    type: string,
    value: string,
    say: Say,
    hint?: string,
  ): TemplateResult {
    const { invalid, describedBy } = this.#invalid(field);
    const label = field === 'registeredOn' ? messages.registeredOn : messages.employerOrgName;
    const described = [describedBy, hint ? `hint-${field}` : undefined].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${field} class="required">${say(label)}</label>
      <input
        id=${field}
        name=${field}
        type=${type}
        required
        maxlength="100"
        .value=${live(value)}
        aria-invalid=${invalid ?? nothing}
        aria-describedby=${described || nothing}
      />
      ${hint ? html`<p class="hint" id="hint-${field}">${hint}</p>` : nothing} ${this.#problemText(field, say)}
    </div>`;
  }

  #readForm(form: HTMLFormElement): RegistrationDraft {
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '');
    return {
      communityOrgId: text('communityOrgId'),
      postIds: data.getAll('postIds').map(String),
      registeredOn: text('registeredOn'),
      employerOrgName: text('employerOrgName'),
    };
  }

  #onInput = (event: Event): void => {
    const form = (event.currentTarget as HTMLFormElement | null) ?? this.renderRoot.querySelector('form');
    if (!form) return;
    const next = this.#readForm(form);
    // A new community has other posts: the chosen ones no longer apply.
    const community = next.communityOrgId !== this.#currentDraft().communityOrgId;
    this._draft = community ? { ...next, postIds: [] } : next;
    this._done = undefined;
  };

  #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this._submitting || !this.memberId) return;
    const draft = this.#readForm(event.target as HTMLFormElement);
    this._draft = draft;
    this._error = undefined;
    this._problems = checkDraft(draft);
    if (Object.keys(this._problems).length > 0) return this.#focusFirstProblem();
    const registration: Registration = {
      id: this.idFor({ ...draft, memberId: this.memberId }),
      memberId: this.memberId,
      communityOrgId: draft.communityOrgId,
      registeredOn: draft.registeredOn,
      postIds: [...draft.postIds],
      serviceMinutes: 0,
      employerOrgName: draft.employerOrgName.trim(),
    };
    if (!this.dispatchEvent(new DjRegistrationSubmitEvent({ registration }))) return;
    if (this.workspace && !this.orgs) await this.#run(this.workspace, registration);
  };

  async #run(workspace: Workspace, registration: Registration): Promise<void> {
    this._submitting = true;
    const result = await workspace.run(registerInCommunity, registration);
    this._submitting = false;
    if (!result.ok) {
      const field = draftFieldOf(result.error.field);
      if (field) this._problems = { [field]: result.error.text };
      else this._error = result.error.text;
      return this.#focusFirstProblem();
    }
    const community =
      this.#allOrgs().find((org) => org.id === registration.communityOrgId)?.name ?? registration.communityOrgId;
    this._done = localize(messages.done, { community });
    this.dispatchEvent(new DjRegistrationSavedEvent({ registration, revision: result.value.revision }));
  }

  async #focusFirstProblem(): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
    (target?.matches('fieldset') ? target.querySelector<HTMLElement>('input') : target)?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dj-registration-form': DjRegistrationForm;
  }
}
