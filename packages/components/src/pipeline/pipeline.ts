import {
  recordDevelopmentStep,
  type DangjianError,
  type Finding,
  type LocalizedText,
  type Member,
  type Snapshot,
} from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DjElement } from '../shared/dj-element.js';
import { heading, headingLevel } from '../shared/heading.js';
import { liveRegion } from '../shared/live-region.js';
import { memo } from '../shared/memo.js';
import type { Say } from '../shared/say.js';
import { todayInShanghai } from '../shared/today.js';
import { DjStepRecordedEvent } from './events.js';
import { pipelineMessages as messages } from './messages.js';
import { pipelineView, type PipelineView } from './pipeline-model.js';
import { pipelineStyles } from './pipeline.styles.js';
import { recordForm, stepInput } from './record-form.js';
import { findingsView, nextView, timelineView } from './timeline-view.js';

/**
 * One person's 发展党员 process from the workspace (`process-id` inside a `<dj-provider>`): the
 * five stages and their 25 steps on a timeline, each recorded step's date, the next step with its
 * earliest date and the rule and article that set it, and steps overdue on `as-of` flagged from
 * core's `developmentReport` findings. The person appears by name only.
 *
 * Connected, the next step can be recorded (core's `development.recordStep`): a step taken before
 * its interval allows is refused with core's typed error, which names the earliest date and the
 * article, shown in an alert; nothing is written then.
 *
 * @summary A person's development steps on a timeline, the next one and its earliest date.
 *
 * @event {DjStepRecordedEvent} dj-step-recorded - The workspace recorded the next step. `event.step`, `event.detail.processId`, `event.detail.on`, `event.detail.revision`.
 *
 * @csspart title - The heading.
 * @csspart timeline - The stages and their steps.
 * @csspart next - The next step, its earliest date and rule.
 * @csspart next-mark - The mark on the next step in the timeline.
 * @csspart overdue - The mark on an overdue step.
 * @csspart findings - Core's other findings on the process: steps taken late, a stage out of step.
 * @csspart record - The form recording the next step.
 * @csspart error - The alert with a refusal's reason.
 * @csspart status - Loading and not-found texts.
 *
 * @cssproperty --dj-color-primary - Accent: the next step, overdue marks.
 * @cssproperty --dj-color-primary-subtle - Alert and next-step background.
 * @cssproperty --dj-color-text - Text colour.
 * @cssproperty --dj-color-text-muted - Dates and articles.
 * @cssproperty --dj-color-surface - Background.
 * @cssproperty --dj-color-border - Borders.
 * @cssproperty --dj-color-focus - Focus ring.
 * @cssproperty --dj-font-family - Font stack.
 * @cssproperty --dj-font-size - Base font size.
 * @cssproperty --dj-radius - Corner radius.
 * @cssproperty --dj-space - Base spacing unit.
 */
export class DjPipeline extends DjElement {
  static override styles = pipelineStyles;

  /** The development process to show (`developmentProcesses` id) from the workspace. */
  @property({ attribute: 'process-id' })
  processId: string | undefined;

  /** The day steps are judged overdue on and the form starts with (`YYYY-MM-DD`); today in Asia/Shanghai by default. */
  @property({ attribute: 'as-of' })
  asOf: string | undefined;

  /** Hides the form even when connected. */
  @property({ type: Boolean, attribute: 'read-only' })
  readOnly = false;

  /** Level of the heading (1–6). Default 3. */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel: number | undefined;

  @state()
  private _saving = false;

  @state()
  private _error: DangjianError | undefined;

  @state()
  private _announcement: LocalizedText | undefined;

  readonly #view = memo(
    (snapshot: Snapshot, processId: string, asOf: string) => pipelineView(snapshot, processId, asOf),
    (snapshot, processId, asOf) => [snapshot.developmentProcesses, snapshot.members, processId, asOf],
  );

  readonly #candidates = memo(
    (snapshot: Snapshot, orgId: string, personId: string): Member[] =>
      snapshot.members
        .toArray()
        .filter(
          (member) =>
            member.relationOrgId === orgId &&
            member.id !== personId &&
            member.stage === 'full' &&
            (member.status ?? 'active') === 'active',
        ),
    (snapshot, orgId, personId) => [snapshot.members, orgId, personId],
  );

  protected override render(): TemplateResult {
    const say = this.say;
    const snapshot = this.workspaceSnapshot;
    const view = snapshot && this.processId ? this.#view(snapshot, this.processId, this.#today()) : undefined;
    if (!snapshot || !view) {
      return html`<p class="status" part="status" role="status">
        ${say(snapshot ? messages.notFound : messages.loading)}
      </p>`;
    }
    return html`${heading(headingLevel(this.headingLevel, 3), say(messages.title, { name: view.member.name }), {
      part: 'title',
    })}
    ${nextView(view.status?.next, view.status?.probationEndsOn, say)} ${this.#errorAlert(say)}
    ${findingsView(view.findings, this.#overdueShown(view), say)} ${this.#form(snapshot, view, say)}
    ${timelineView(view, say)} ${liveRegion(this._announcement && say(this._announcement))}`;
  }

  /** The overdue findings the timeline shows on their steps; the others are listed above it. */
  #overdueShown(view: PipelineView): ReadonlySet<Finding> {
    return new Set(view.steps.flatMap((step) => step.overdue ?? []));
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

  #form(snapshot: Snapshot, view: PipelineView, say: Say): TemplateResult | typeof nothing {
    const next = view.status?.next;
    if (!next || !this.workspace || this.readOnly) return nothing;
    return recordForm(next, say, {
      onSubmit: this.#onSubmit,
      saving: this._saving,
      today: this.#today(),
      candidates: this.#candidates(snapshot, view.process.orgId, view.member.id),
    });
  }

  #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const workspace = this.workspace;
    const snapshot = this.workspaceSnapshot;
    const view = snapshot && this.processId ? this.#view(snapshot, this.processId, this.#today()) : undefined;
    const next = view?.status?.next;
    if (!workspace || !view || !next || this._saving) return;
    const input = stepInput(event.target as HTMLFormElement, view.process.id, next.step);
    this._saving = true;
    this._error = undefined;
    const result = await workspace.run(recordDevelopmentStep, input);
    this._saving = false;
    if (!result.ok) {
      this._error = result.error;
      return;
    }
    this._announcement = messages.saved;
    this.dispatchEvent(
      new DjStepRecordedEvent({
        processId: view.process.id,
        step: next.step,
        on: input.on,
        revision: result.value.revision,
      }),
    );
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'dj-pipeline': DjPipeline;
  }
}
