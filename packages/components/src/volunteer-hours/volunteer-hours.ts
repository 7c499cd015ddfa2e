import {
  recordVolunteerHours,
  volunteerReport,
  type DangjianError,
  type Snapshot,
  type VolunteerTeam,
} from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DjElement } from '../shared/dj-element.js';
import { heading, headingLevel } from '../shared/heading.js';
import { liveRegion } from '../shared/live-region.js';
import { memo } from '../shared/memo.js';
import type { Say } from '../shared/say.js';
import { todayInShanghai } from '../shared/today.js';
import { DjHoursRecordedEvent } from './events.js';
import { hoursForm, hoursInput } from './hours-form.js';
import { teamsTable, volunteersTable } from './hours-tables.js';
import { volunteerHoursMessages as messages } from './messages.js';
import { volunteerHoursStyles } from './volunteer-hours.styles.js';

let serial = 0;

/**
 * 志愿服务时长: the volunteer teams under an org (`org-id`) with their people, and the confirmed
 * minutes per team and per person in a half-open period (`from` up to, not including, `to`;
 * Asia/Shanghai days) — core's `volunteerReport`, its totals the sum of its lines. People appear
 * by name only: never an ID number or a phone.
 *
 * Connected to a workspace, it records a day's hours for someone on a team's roster through core's
 * `volunteer.recordHours`, confirmed by whoever runs it (the team's leader, or community staff). A
 * refusal is core's typed error, shown in an alert; nothing is written then.
 *
 * @summary Volunteer teams and hours for a period; record hours.
 *
 * @event {DjHoursRecordedEvent} dj-hours-recorded - The workspace saved a day's hours. `event.minutes`, `event.detail.hoursId`, `event.detail.teamId`, `event.detail.on`, `event.detail.revision`.
 *
 * @csspart title - The heading.
 * @csspart teams - The teams' table.
 * @csspart totals - The teams' totals row group.
 * @csspart volunteers - The people's table.
 * @csspart record-form - The form recording hours.
 * @csspart error - The alert with a refusal's reason.
 * @csspart status - Loading and empty texts.
 *
 * @cssproperty --dj-color-primary - Accent: the primary button.
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
export class DjVolunteerHours extends DjElement {
  static override styles = volunteerHoursStyles;

  /** Whose teams and hours: an org (`orgs` id) and everything under it. */
  @property({ attribute: 'org-id' })
  orgId: string | undefined;

  /** The period's first day (`YYYY-MM-DD`). */
  @property()
  from: string | undefined;

  /** The day after the period (half-open: not included). */
  @property()
  to: string | undefined;

  /** The date the form starts with; today in Asia/Shanghai by default. */
  @property({ attribute: 'as-of' })
  asOf: string | undefined;

  /** Hides the form even when connected. */
  @property({ type: Boolean, attribute: 'read-only' })
  readOnly = false;

  /** Makes the id of a new hours record; unique within the page by default. */
  @property({ attribute: false })
  hoursIdFor: (input: { teamId: string; on: string }) => string = ({ teamId, on }) =>
    `vh-${teamId}-${on}-${Date.now().toString(36)}-${(serial += 1)}`;

  /** Level of the heading (1–6). Default 3. */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel: number | undefined;

  @state()
  private _teamId: string | undefined;

  @state()
  private _saving = false;

  @state()
  private _error: DangjianError | undefined;

  @state()
  private _minutesInvalid = false;

  /** The minutes last recorded, announced in the live region. */
  @state()
  private _savedMinutes: number | undefined;

  readonly #report = memo(
    (snapshot: Snapshot, orgId: string, from: string, to: string) =>
      volunteerReport(snapshot, { orgId, from, to }).data,
    (snapshot, orgId, from, to) => [
      snapshot.volunteerTeams,
      snapshot.volunteerHours,
      snapshot.posts,
      snapshot.orgs,
      orgId,
      from,
      to,
    ],
  );

  protected override render(): TemplateResult {
    const say = this.say;
    const snapshot = this.workspaceSnapshot;
    const [orgId, from, to] = [this.orgId, this.from, this.to];
    if (!snapshot || !orgId || !from || !to) {
      return html`<p class="status" part="status" role="status">${say(messages.loading)}</p>`;
    }
    const data = this.#report(snapshot, orgId, from, to);
    return html`${heading(headingLevel(this.headingLevel, 3), say(messages.title, { from, to }), { part: 'title' })}
    ${this.#errorAlert(say)} ${teamsTable(data, say)} ${volunteersTable(data, snapshot.members, say)}
    ${this.#form(snapshot, data.teams, say)}
    ${liveRegion(this._savedMinutes === undefined ? undefined : say(messages.saved, { minutes: this._savedMinutes }))}`;
  }

  #errorAlert(say: Say): TemplateResult | typeof nothing {
    if (!this._error) return nothing;
    return html`<div class="alert" part="error" role="alert">
      ${say(messages.refused, { reason: this._error.text })}
    </div>`;
  }

  /** The roster teams shown (declared headcounts have nobody to record hours for). */
  #form(snapshot: Snapshot, lines: readonly { teamId: string; source: string }[], say: Say): unknown {
    if (!this.workspace || this.readOnly) return nothing;
    const teams = lines
      .filter((line) => line.source === 'roster')
      .map((line) => snapshot.volunteerTeams.get(line.teamId))
      .filter((team): team is VolunteerTeam => team !== undefined);
    const formState = {
      teams,
      teamId: this._teamId,
      today: this.asOf ?? todayInShanghai(),
      saving: this._saving,
      minutesInvalid: this._minutesInvalid,
      onTeam: (teamId: string) => (this._teamId = teamId),
      onSubmit: this.#onSubmit,
    };
    return hoursForm(formState, snapshot.members, say);
  }

  #onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const teamId = String(new FormData(form).get('team') ?? '');
    const values = hoursInput(form, teamId);
    this._minutesInvalid = values === undefined;
    const workspace = this.workspace;
    if (!values || !workspace || this._saving) return;
    const input = { ...values, id: this.hoursIdFor({ teamId, on: values.on }) };
    this._saving = true;
    this._error = undefined;
    const result = await workspace.run(recordVolunteerHours, input);
    this._saving = false;
    if (!result.ok) {
      this._error = result.error;
      return;
    }
    this._savedMinutes = input.minutes;
    const detail = { hoursId: input.id, teamId, minutes: input.minutes, on: input.on, revision: result.value.revision };
    this.dispatchEvent(new DjHoursRecordedEvent(detail));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'dj-volunteer-hours': DjVolunteerHours;
  }
}
