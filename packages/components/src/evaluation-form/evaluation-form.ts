import {
  evaluationReport,
  execute,
  ratingLabels,
  ratings,
  submitRating,
  type DangjianError,
  type Evaluation,
  type EvaluationMark,
  type Finding,
  type LocalizedText,
  type Rating,
  type RaterKind,
  type Snapshot,
} from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DjElement } from '../shared/dj-element.js';
import { liveRegion } from '../shared/live-region.js';
import { memo } from '../shared/memo.js';
import { evaluationFormStyles } from './evaluation-form.styles.js';
import { DjEvaluationSubmittedEvent } from './events.js';
import { evaluationFormMessages as messages } from './messages.js';

/** A grade picked, or the score typed (as text until submitted). */
type Draft = Rating | { readonly score: string };

interface BallotInput {
  readonly id: string;
  readonly evaluationId: string;
  readonly raterKind: string;
  readonly raterId: string;
  readonly marks: EvaluationMark[];
}

/** Whom this rater marks: themself only (self), everyone rated but themself (peer), everyone rated (the rest). */
function subjectsFor(round: Evaluation, kind: RaterKind, raterId: string): string[] {
  const rated = round.participants.filter((each) => each.rated).map((each) => each.id);
  if (kind.who === 'self') return rated.filter((id) => id === raterId);
  if (kind.who === 'participant') return rated.filter((id) => id !== raterId);
  return rated;
}

function markOf(subjectId: string, draft: Draft): EvaluationMark {
  return typeof draft === 'string' ? { subjectId, grade: draft } : { subjectId, score: Number(draft.score) };
}

/**
 * 民主评议测评表: one rater's marks for the subjects of an open round (core's `Evaluation`) — a
 * member's self-rating or peer ballot, a masses' or assessor's ballot the org enters, the org's
 * own rating. Grades (优秀 / 合格 / 基本合格 / 不合格) or scores out of 100, as the round's scheme
 * says; those who take part but are not rated (probationary members) are not listed.
 *
 * While marking, the form runs core's `evaluationReport` on the round as it would stand with these
 * marks and shows its finding when 优秀 would pass the scheme's share (a third by default): a
 * finding, not a cap — the marks are submitted as given. "Submit" runs `evaluation.submitRating`
 * through the workspace of an enclosing `<dj-provider>`; a refusal (a subject rated twice, a peer
 * rating themself) is shown naming the subject, and nothing is written.
 *
 * @summary A rater's ballot in a 民主评议 or 多向度考评 round, with the 优秀-share finding live.
 *
 * @event {DjEvaluationSubmittedEvent} dj-evaluation-submitted - The ballot was stored. `event.ballotId`, `event.detail.ballot`, `event.detail.revision`.
 *
 * @csspart form - The form.
 * @csspart subjects - The table of subjects and their marks.
 * @csspart finding - Core's finding on the 优秀 share, if these marks would pass it.
 * @csspart error - The alert with a refusal, naming the subject.
 * @csspart done - The confirmation after submitting.
 * @csspart loading - The text shown while no data has arrived.
 *
 * @cssproperty --dj-color-primary - Accent: the finding's edge, errors, the submit button. Default 党建红 #c8161d.
 * @cssproperty --dj-color-primary-subtle - Background of alerts.
 * @cssproperty --dj-color-on-primary - Text on the submit button.
 * @cssproperty --dj-color-text - Text colour.
 * @cssproperty --dj-color-text-muted - The rater line and notes.
 * @cssproperty --dj-color-surface - Background.
 * @cssproperty --dj-color-border - Control and table borders.
 * @cssproperty --dj-color-focus - Focus ring; defaults to the primary colour.
 * @cssproperty --dj-font-family - Font stack.
 * @cssproperty --dj-font-size - Base font size.
 * @cssproperty --dj-radius - Corner radius.
 * @cssproperty --dj-space - Base spacing unit.
 */
export class DjEvaluationForm extends DjElement {
  static override styles = evaluationFormStyles;

  /** The round (core's `Evaluation` id). */
  @property({ attribute: 'evaluation-id' })
  evaluationId: string | undefined;

  /** The scheme's rater kind: `self`, `peer`, `masses`, `organisation` (orgs: `assessor`, `members`, `residents`). */
  @property({ attribute: 'rater-kind' })
  raterKind = 'peer';

  /** Who rates: a member or org id for self, peer and the organisation; a ballot label for the masses'. */
  @property({ attribute: 'rater-id' })
  raterId: string | undefined;

  /** The ballot's id. Default `<round>.<kind>.<rater>`, so the same rater is not entered twice. */
  @property({ attribute: 'ballot-id' })
  ballotId: string | undefined;

  @state() private _drafts: ReadonlyMap<string, Draft> = new Map();
  @state() private _error: DangjianError | undefined;
  @state() private _saving = false;
  @state() private _submitted: number | undefined;
  @state() private _announcement: LocalizedText | undefined;

  /** The round as it would stand with these marks: core's own command and report, nothing written. */
  readonly #preview = memo((snapshot: Snapshot, input: BallotInput): Finding | undefined => {
    const round = snapshot.evaluations.get(input.evaluationId)!;
    const ctx = { actor: { id: 'preview', roles: [] }, now: round.openedAt };
    const tried = input.marks.length > 0 ? execute(snapshot, 'evaluation.submitRating', input, ctx) : undefined;
    const next = tried?.ok ? tried.value.snapshot : snapshot;
    return evaluationReport(next, input.evaluationId)?.findings.find((f) => f.rule.id === 'evaluation.excellentShare');
  });

  protected override render(): TemplateResult {
    const snapshot = this.workspaceSnapshot;
    const say = this.say;
    if (!snapshot) return html`<p class="status" part="loading" role="status">${say(messages.loading)}</p>`;
    const round = this.evaluationId ? snapshot.evaluations.get(this.evaluationId) : undefined;
    if (!round) return html`<p class="status" part="loading" role="status">${say(messages.noRound)}</p>`;
    const kind = round.scheme.raters.find((rater) => rater.kind === this.raterKind);
    if (!kind || !this.raterId) return html`<p class="status" role="status">${say(messages.noRaterKind)}</p>`;
    const title = say(messages.title, { scheme: say(round.scheme.label), year: round.year });
    return html`<section aria-label=${title}>
      <h3>${title}</h3>
      <p class="rater">
        ${say(messages.rater, {
          rater: this.#raterName(snapshot, round, kind),
          kind: say(kind.label),
          weight: kind.weight,
        })}
      </p>
      ${this._submitted !== undefined ? this.#renderDone(this._submitted) : this.#renderForm(snapshot, round, kind)}
      ${liveRegion(this._announcement && say(this._announcement, { count: this._submitted ?? 0 }))}
    </section>`;
  }

  #raterName(snapshot: Snapshot, round: Evaluation, kind: RaterKind): string {
    const id = this.raterId!;
    if (kind.who === 'roundOrg') return snapshot.orgs.get(id)?.name ?? id;
    return kind.who === 'anyone' ? id : this.#nameOf(snapshot, round, id);
  }

  #nameOf(snapshot: Snapshot, round: Evaluation, id: string): string {
    const entity = round.scheme.subjectKind === 'member' ? snapshot.members.get(id) : snapshot.orgs.get(id);
    return entity?.name ?? id;
  }

  #input(round: Evaluation, subjects: readonly string[]): BallotInput {
    const marks = subjects.flatMap((id) => {
      const draft = this._drafts.get(id);
      return draft === undefined || (typeof draft !== 'string' && draft.score.trim() === '') ? [] : [markOf(id, draft)];
    });
    return {
      id: this.ballotId ?? `${round.id}.${this.raterKind}.${this.raterId}`,
      evaluationId: round.id,
      raterKind: this.raterKind,
      raterId: this.raterId!,
      marks,
    };
  }

  #renderForm(snapshot: Snapshot, round: Evaluation, kind: RaterKind): TemplateResult {
    const say = this.say;
    if (round.state !== 'open') return html`<p class="status" role="status">${say(messages.closed)}</p>`;
    const subjects = subjectsFor(round, kind, this.raterId!);
    const input = this.#input(round, subjects);
    const finding = this.#preview(snapshot, input);
    const invalid = this.#invalidSubject(input);
    const notRated = round.participants.filter((each) => !each.rated).length;
    return html`<form part="form" novalidate @submit=${(event: Event) => this.#onSubmit(event, input)}>
      ${this.#renderRefusal(snapshot, round, invalid)}
      <table part="subjects">
        <caption class="visually-hidden">
          ${say(messages.subjects)}
        </caption>
        <tbody>
          ${subjects.map((id) => this.#renderRow(id, this.#nameOf(snapshot, round, id), round, id === invalid))}
        </tbody>
      </table>
      <p class="tally">${say(messages.marked, { marked: input.marks.length, total: subjects.length })}</p>
      ${notRated > 0 ? html`<p class="note">${say(messages.notRated, { count: notRated })}</p>` : nothing}
      ${
        finding
          ? html`<div class="finding" part="finding">
              <p>${say(messages.ifSubmitted, { finding: say(finding.text) })}</p>
              <p class="note">${say(messages.findingNote)}</p>
            </div>`
          : nothing
      }
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${this._saving || !this.workspace}>
          ${say(this._saving ? messages.saving : messages.submit)}
        </button>
      </div>
    </form>`;
  }

  #renderRow(id: string, name: string, round: Evaluation, invalid: boolean): TemplateResult {
    const draft = this._drafts.get(id);
    return html`<tr data-subject-id=${id} class=${invalid ? 'invalid' : ''}>
      <th scope="row" id="name-${id}">${name}</th>
      <td>
        ${
          round.scheme.marking === 'grade'
            ? html`<fieldset class="grades" aria-labelledby="name-${id}" aria-invalid=${invalid ? 'true' : nothing}>
                ${ratings.map(
                  (rating) =>
                    html`<label class="grade">
                      <input
                        type="radio"
                        name="grade-${id}"
                        value=${rating}
                        .checked=${draft === rating}
                        @change=${() => this.#setDraft(id, rating)}
                      />${this.say(ratingLabels[rating])}
                    </label>`,
                )}
              </fieldset>`
            : html`<input
                type="number"
                min="0"
                max="100"
                step="1"
                name="score-${id}"
                aria-label=${this.say(messages.score, { name })}
                aria-invalid=${invalid ? 'true' : nothing}
                .value=${typeof draft === 'object' ? draft.score : ''}
                @input=${(e: Event) => this.#setDraft(id, { score: (e.target as HTMLInputElement).value })}
              />`
        }
      </td>
    </tr>`;
  }

  /** The subject a refusal names (`marks.2.subjectId` → the third mark's subject). */
  #invalidSubject(input: BallotInput): string | undefined {
    const index = /^marks\.(\d+)/.exec(this._error?.field ?? '')?.[1];
    return index === undefined ? undefined : input.marks[Number(index)]?.subjectId;
  }

  #renderRefusal(
    snapshot: Snapshot,
    round: Evaluation,
    subjectId: string | undefined,
  ): TemplateResult | typeof nothing {
    if (!this._error) return nothing;
    const field = subjectId ? this.#nameOf(snapshot, round, subjectId) : this.say(messages.form);
    return html`<div class="alert" part="error" role="alert" tabindex="-1">
      ${this.say(messages.refused, { field, reason: this.say(this._error.text) })}
    </div>`;
  }

  #renderDone(count: number): TemplateResult {
    return html`<p class="done" part="done">${this.say(messages.submitted, { count })}</p>`;
  }

  #setDraft(subjectId: string, draft: Draft): void {
    const drafts = new Map(this._drafts);
    drafts.set(subjectId, draft);
    this._drafts = drafts;
  }

  async #onSubmit(event: Event, input: BallotInput): Promise<void> {
    event.preventDefault();
    const workspace = this.workspace;
    if (!workspace || this._saving) return;
    this._error = undefined;
    this._saving = true;
    const result = await workspace.run(submitRating, input);
    this._saving = false;
    if (!result.ok) {
      this._error = result.error;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[role="alert"]')?.focus();
      return;
    }
    this._submitted = result.value.result.marks.length;
    this._announcement = messages.submitted;
    this.dispatchEvent(
      new DjEvaluationSubmittedEvent({ ballot: result.value.result, revision: result.value.revision }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dj-evaluation-form': DjEvaluationForm;
  }
}
