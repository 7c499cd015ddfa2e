import {
  meetingKinds,
  meetingLabels,
  quorumOf,
  recordMeeting,
  submitMeeting,
  type DangjianError,
  type LocalizedText,
  type Meeting,
  type MeetingKind,
  type Member,
} from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DjElement } from '../shared/dj-element.js';
import { liveRegion } from '../shared/live-region.js';
import { memo } from '../shared/memo.js';
import { todayInShanghai } from '../shared/today.js';
import { attendanceSheetStyles } from './attendance-sheet.styles.js';
import { DjMeetingRecordedEvent, DjMeetingSubmittedEvent } from './events.js';
import { attendanceSheetMessages as messages, fieldLabels } from './messages.js';
import {
  branchMembers,
  decidingKinds,
  defaultMark,
  fieldTarget,
  meetingInput,
  refusalReason,
  type FieldTarget,
  type LecturerDraft,
  type Mark,
  type MeetingInput,
  type VoteDraft,
} from './sheet-model.js';
import { renderLecturer } from './sheet-lecturer.js';
import { renderQuorum, renderRoll, renderVotes, type SectionContext } from './sheet-sections.js';

const emptyLecturer: LecturerDraft = { name: '', role: 'secretary', memberId: '' };

/**
 * The record of one meeting of a branch (三会一课, 主题党日, 组织生活会, 民主评议): its kind, date
 * and topic, the lecturer of a 党课, and each Party member of the branch marked present (就近参学
 * on site, 上门送学 home delivery, 网络共学 online), late, excused with a reason, or absent. An
 * assembly or committee meeting adds votes and decisions and shows its quorum live, with the
 * rule (meetings.json, 支部工作条例) that sets it, and whether each vote carried.
 *
 * "Record" runs core's `meeting.record` through the workspace of an enclosing `<dj-provider>`. A
 * refusal (no quorum, an excused absence without its reason, a vote with more ballots than voters)
 * is shown in an alert naming the field and the field is marked; nothing is written. Once
 * recorded, the branch may submit the record to the higher org's review (`meeting.submit`)
 * unless `no-review` is set. Members are listed by name only: ID numbers and phones are never shown.
 *
 * @summary Records a branch's meeting and who attended, with the quorum live; submits it for review.
 *
 * @event {DjMeetingRecordedEvent} dj-meeting-recorded - The meeting was recorded. `event.meetingId`, `event.detail.meeting`, `event.detail.revision`.
 * @event {DjMeetingSubmittedEvent} dj-meeting-submitted - The record was submitted for review. `event.meetingId`, `event.detail.meeting`.
 *
 * @csspart form - The form.
 * @csspart roll - The members' attendance table.
 * @csspart tally - The count of present, late, excused and absent.
 * @csspart quorum - The quorum as it stands, with its rule (assembly, committee meeting).
 * @csspart votes - The votes of an assembly or committee meeting.
 * @csspart outcome - Whether a vote carried.
 * @csspart error - The alert with a refusal, naming the field.
 * @csspart done - The confirmation after recording, with the review step.
 * @csspart loading - The text shown while no data has arrived.
 *
 * @cssproperty --dj-color-primary - Accent: errors, a quorum not met, the record button. Default 党建红 #c8161d.
 * @cssproperty --dj-color-primary-subtle - Background of alerts.
 * @cssproperty --dj-color-on-primary - Text on the record button.
 * @cssproperty --dj-color-text - Text colour.
 * @cssproperty --dj-color-text-muted - Rules and secondary text.
 * @cssproperty --dj-color-surface - Background.
 * @cssproperty --dj-color-border - Control and table borders.
 * @cssproperty --dj-color-focus - Focus ring; defaults to the primary colour.
 * @cssproperty --dj-font-family - Font stack.
 * @cssproperty --dj-font-size - Base font size.
 * @cssproperty --dj-radius - Corner radius.
 * @cssproperty --dj-space - Base spacing unit.
 */
export class DjAttendanceSheet extends DjElement {
  static override styles = attendanceSheetStyles;

  /** The branch that held the meeting. */
  @property({ attribute: 'org-id' })
  orgId: string | undefined;

  /** The kind of meeting (assembly, committeeMeeting, groupMeeting, lecture, themeDay, lifeMeeting, review). */
  @property({ reflect: true })
  kind: MeetingKind = 'assembly';

  /** The date it was held (ISO). Default: today in Asia/Shanghai. */
  @property({ attribute: 'held-on' })
  heldOn: string | undefined;

  /** The record's id. Default: `<org>.<kind>.<date>`, so the same meeting is not recorded twice. */
  @property({ attribute: 'meeting-id' })
  meetingId: string | undefined;

  /** Hide the review step (a portal without the review chain). */
  @property({ type: Boolean, attribute: 'no-review' })
  noReview = false;

  @state() private _topic = '';
  @state() private _lecturer: LecturerDraft = emptyLecturer;
  @state() private _marks: ReadonlyMap<string, Mark> = new Map();
  @state() private _votes: readonly VoteDraft[] = [];
  @state() private _decisions = '';
  @state() private _error: { error: DangjianError; target: FieldTarget | undefined } | undefined;
  @state() private _saving = false;
  @state() private _recorded: Meeting | undefined;
  @state() private _submitted = false;
  @state() private _announcement: LocalizedText | undefined;

  readonly #members = memo((members: Parameters<typeof branchMembers>[0]['members'], orgId: string) =>
    branchMembers({ members }, orgId),
  );

  protected override render(): TemplateResult {
    const snapshot = this.workspaceSnapshot;
    if (!snapshot) return html`<p class="status" part="loading" role="status">${this.say(messages.loading)}</p>`;
    const org = this.orgId ? snapshot.orgs.get(this.orgId) : undefined;
    if (!org) return html`<p class="status" part="loading" role="status">${this.say(messages.noOrg)}</p>`;
    const members = this.#members(snapshot.members, org.id);
    const input = this.#input(members);
    return html`<section aria-label=${this.say(messages.label, { name: org.name })}>
      ${this._recorded ? this.#renderDone(this._recorded) : this.#renderForm(members, input)}
      ${liveRegion(this._announcement && this.say(this._announcement))}
    </section>`;
  }

  #input(members: readonly Member[]): MeetingInput {
    const heldOn = this.heldOn ?? todayInShanghai();
    return meetingInput(
      {
        id: this.meetingId ?? `${this.orgId}.${this.kind}.${heldOn}`,
        orgId: this.orgId!,
        kind: this.kind,
        heldOn,
        topic: this._topic,
        lecturer: this._lecturer,
        marks: this._marks,
        votes: this._votes,
        decisions: this._decisions,
      },
      members,
    );
  }

  #renderForm(members: readonly Member[], input: MeetingInput): TemplateResult {
    const say = this.say;
    const deciding = decidingKinds.includes(this.kind);
    const quorum = deciding ? quorumOf(input, this.workspaceSnapshot!) : undefined;
    const target = this._error?.target;
    const context: SectionContext = {
      say,
      members,
      marks: this._marks,
      invalid: {
        ...(target?.area === 'member' && { memberId: target.memberId }),
        ...(target?.area === 'vote' && { voteIndex: target.index }),
      },
      setMark: (memberId, change) => this.#setMark(memberId, change),
      votes: this._votes,
      setVote: (index, change) => (this._votes = this._votes.map((v, at) => (at === index ? { ...v, ...change } : v))),
      addVote: () => (this._votes = [...this._votes, this.#newVote()]),
      removeVote: (index) => (this._votes = this._votes.filter((_, at) => at !== index)),
    };
    return html`<form part="form" novalidate @submit=${this.#onSubmit}>
      ${this.#renderRefusal()} ${this.#renderMeetingFields(input)}
      ${this.kind === 'lecture' ? this.#renderLecturer(members) : nothing} ${renderRoll(context)}
      ${renderQuorum(say, quorum, this.kind === 'committeeMeeting')}
      ${deciding ? renderVotes(context, quorum?.base ?? 0) : nothing}
      ${deciding ? this.#textArea('decisions', this._decisions, (value) => (this._decisions = value)) : nothing}
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${this._saving || !this.workspace}>
          ${say(this._saving ? messages.saving : messages.record)}
        </button>
      </div>
    </form>`;
  }

  #renderRefusal(): TemplateResult | typeof nothing {
    if (!this._error) return nothing;
    const { error, target } = this._error;
    return html`<div class="alert" part="error" role="alert" id="refusal" tabindex="-1">
      ${this.say(messages.refused, { field: this.#fieldName(target), reason: this.say(refusalReason(error)) })}
    </div>`;
  }

  /** The field a refusal names, as the sheet labels it. */
  #fieldName(target: FieldTarget | undefined): string {
    if (!target) return this.say(messages.meeting);
    if (target.area === 'attendance') return this.say(messages.roll);
    if (target.area === 'vote') return this.say(messages.voteField, { n: target.index + 1 });
    if (target.area === 'member') {
      const name = this.workspaceSnapshot?.members.get(target.memberId)?.name ?? target.memberId;
      return this.say(target.name === 'reason' ? messages.reasonOf : messages.statusOf, { name });
    }
    const label = fieldLabels[target.name];
    return label ? this.say(label) : target.name;
  }

  #invalid(name: string): boolean {
    const target = this._error?.target;
    return target?.area === 'field' && (target.name === name || target.name.startsWith(`${name}.`));
  }

  #renderMeetingFields(input: MeetingInput): TemplateResult {
    const say = this.say;
    return html`<fieldset class="meeting">
      <legend>${say(messages.meeting)}</legend>
      <div class="field">
        <label for="field-kind">${say(messages.kind)}</label>
        <select
          id="field-kind"
          name="kind"
          @change=${(e: Event) => this.#setKind((e.target as HTMLSelectElement).value)}
        >
          ${meetingKinds.map(
            (kind) => html`<option value=${kind} ?selected=${this.kind === kind}>${say(meetingLabels[kind])}</option>`,
          )}
        </select>
      </div>
      ${this.#input_('heldOn', 'date', input.heldOn, (value) => (this.heldOn = value))}
      ${this.#input_('topic', 'text', this._topic, (value) => (this._topic = value))}
    </fieldset>`;
  }

  #input_(name: 'heldOn' | 'topic', type: string, value: string, set: (value: string) => void): TemplateResult {
    const invalid = this.#invalid(name);
    return html`<div class="field">
      <label for="field-${name}" class="required">${this.say(fieldLabels[name]!)}</label>
      <input
        id="field-${name}"
        name=${name}
        type=${type}
        .value=${value}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${invalid ? 'refusal' : nothing}
        @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  #textArea(name: 'decisions', value: string, set: (value: string) => void): TemplateResult {
    return html`<div class="field">
      <label for="field-${name}">${this.say(fieldLabels[name]!)}</label>
      <textarea
        id="field-${name}"
        name=${name}
        .value=${value}
        @input=${(e: Event) => set((e.target as HTMLTextAreaElement).value)}
      ></textarea>
    </div>`;
  }

  #renderLecturer(members: readonly Member[]): TemplateResult {
    return renderLecturer(this.say, members, this._lecturer, this.#invalid('lecturer'), (change) => {
      this._lecturer = { ...this._lecturer, ...change };
    });
  }

  #renderDone(meeting: Meeting): TemplateResult {
    const say = this.say;
    return html`<div class="done" part="done">
      ${this.#renderSubmitRefusal()}
      <p>${say(messages.recorded, { topic: meeting.topic, heldOn: meeting.heldOn })}</p>
      ${this._submitted ? html`<p class="submitted">${say(messages.submitted)}</p>` : nothing}
      <div class="actions">
        ${
          this.noReview || this._submitted
            ? nothing
            : html`<button
                class="primary"
                type="button"
                data-action="submit"
                ?disabled=${this._saving}
                @click=${this.#onSubmitForReview}
              >
                ${say(messages.submit)}
              </button>`
        }
        <button type="button" data-action="another" @click=${this.#reset}>${say(messages.another)}</button>
      </div>
    </div>`;
  }

  #renderSubmitRefusal(): TemplateResult | typeof nothing {
    if (!this._error) return nothing;
    return html`<div class="alert" part="error" role="alert">
      ${this.say(messages.refusedSubmit, { reason: this.say(this._error.error.text) })}
    </div>`;
  }

  #setKind(kind: string): void {
    if ((meetingKinds as readonly string[]).includes(kind)) this.kind = kind as MeetingKind;
  }

  #setMark(memberId: string, change: Partial<Mark>): void {
    const marks = new Map(this._marks);
    marks.set(memberId, { ...(marks.get(memberId) ?? defaultMark), ...change });
    this._marks = marks;
  }

  #newVote(): VoteDraft {
    const used = new Set(this._votes.map((vote) => vote.id));
    let n = this._votes.length + 1;
    while (used.has(`v${n}`)) n++;
    return { id: `v${n}`, kind: 'general', motion: '', yes: 0, no: 0, abstain: 0 };
  }

  #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const workspace = this.workspace;
    const snapshot = this.workspaceSnapshot;
    if (!workspace || !snapshot || !this.orgId || this._saving) return;
    const input = this.#input(this.#members(snapshot.members, this.orgId));
    this._error = undefined;
    this._saving = true;
    const result = await workspace.run(recordMeeting, input);
    this._saving = false;
    if (!result.ok) {
      this._error = { error: result.error, target: fieldTarget(result.error.field, input) };
      return this.#focusRefusal();
    }
    this._recorded = result.value.result;
    this._announcement = messages.recorded;
    this.dispatchEvent(new DjMeetingRecordedEvent({ meeting: result.value.result, revision: result.value.revision }));
  };

  #onSubmitForReview = async (): Promise<void> => {
    const workspace = this.workspace;
    const meeting = this._recorded;
    if (!workspace || !meeting || this._saving) return;
    this._error = undefined;
    this._saving = true;
    const result = await workspace.run(submitMeeting, { meetingId: meeting.id });
    this._saving = false;
    if (!result.ok) {
      this._error = { error: result.error, target: undefined };
      return;
    }
    this._submitted = true;
    this._announcement = messages.submitted;
    this.dispatchEvent(new DjMeetingSubmittedEvent({ meeting: result.value.result, revision: result.value.revision }));
  };

  #reset = (): void => {
    this._recorded = undefined;
    this._submitted = false;
    this._error = undefined;
    this._topic = '';
    this._lecturer = emptyLecturer;
    this._marks = new Map();
    this._votes = [];
    this._decisions = '';
  };

  /** Focus the field a refusal names, else its alert, so a keyboard reader lands on what to fix. */
  async #focusRefusal(): Promise<void> {
    await this.updateComplete;
    const root = this.renderRoot;
    (
      root.querySelector<HTMLElement>('[aria-invalid="true"]') ?? root.querySelector<HTMLElement>('[role="alert"]')
    )?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dj-attendance-sheet': DjAttendanceSheet;
  }
}
