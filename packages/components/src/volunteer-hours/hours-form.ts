import type { Snapshot, Volunteer, VolunteerTeam } from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Say } from '../shared/say.js';
import { volunteerHoursMessages as messages } from './messages.js';

export interface HoursFormState {
  readonly teams: readonly VolunteerTeam[];
  readonly teamId: string | undefined;
  readonly today: string;
  readonly saving: boolean;
  readonly minutesInvalid: boolean;
  readonly onTeam: (teamId: string) => void;
  readonly onSubmit: (event: SubmitEvent) => void;
}

/** The roster of a team as options: members by name, then residents by the name on the roster. */
function rosterOptions(team: VolunteerTeam, members: Pick<Snapshot['members'], 'get'>, say: Say): TemplateResult[] {
  return [
    ...team.memberIds.map(
      (memberId) => html`<option value=${`member:${memberId}`}>${members.get(memberId)?.name ?? memberId}</option>`,
    ),
    ...team.residentNames.map(
      (name) => html`<option value=${`resident:${name}`}>${name}${say(messages.resident)}</option>`,
    ),
  ];
}

/** 登记服务时长: the team, one person on its roster, the day and whole minutes. */
export function hoursForm(
  state: HoursFormState,
  members: Pick<Snapshot['members'], 'get'>,
  say: Say,
): TemplateResult | typeof nothing {
  const team = state.teams.find((each) => each.id === state.teamId) ?? state.teams[0];
  if (!team) return nothing;
  return html`<form part="record-form" novalidate @submit=${state.onSubmit}>
    <div class="field">
      <label for="team">${say(messages.team)}</label>
      <select
        id="team"
        name="team"
        @change=${(event: Event) => state.onTeam((event.target as HTMLSelectElement).value)}
      >
        ${state.teams.map((each) => html`<option value=${each.id} ?selected=${each.id === team.id}>${each.name}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="volunteer">${say(messages.volunteer)}</label>
      <select id="volunteer" name="volunteer">
        ${rosterOptions(team, members, say)}
      </select>
    </div>
    <div class="field">
      <label for="on">${say(messages.on)}</label>
      <input id="on" name="on" type="date" .value=${state.today} />
    </div>
    <div class="field">
      <label for="minutes">${say(messages.minutes)}</label>
      <input
        id="minutes"
        name="minutes"
        inputmode="numeric"
        value="60"
        aria-invalid=${state.minutesInvalid ? 'true' : nothing}
        aria-describedby=${state.minutesInvalid ? 'minutes-error' : nothing}
      />
      ${state.minutesInvalid ? html`<p class="field-error" id="minutes-error">${say(messages.notMinutes)}</p>` : nothing}
    </div>
    <button class="primary" type="submit" ?disabled=${state.saving}>
      ${say(state.saving ? messages.saving : messages.save)}
    </button>
  </form>`;
}

/** The form's values as `volunteer.recordHours` takes them (without the id); undefined when the minutes are not whole. */
export function hoursInput(form: HTMLFormElement, teamId: string) {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const minutesText = text('minutes');
  if (!/^\d{1,4}$/.test(minutesText)) return undefined;
  const minutes = Number(minutesText);
  if (minutes < 1 || minutes > 1440) return undefined;
  const [kind, ...rest] = text('volunteer').split(':');
  const who = rest.join(':');
  const volunteer: Volunteer =
    kind === 'resident' ? { kind: 'resident', name: who } : { kind: 'member', memberId: who };
  return { volunteer, teamId, on: text('on'), minutes };
}
