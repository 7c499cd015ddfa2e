import type { Snapshot, VolunteerLine, VolunteerReport, VolunteerTeamLine } from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Say } from '../shared/say.js';
import { volunteerHoursMessages as messages } from './messages.js';

type ReportData = VolunteerReport['data'];

/** Whole minutes as hours and minutes, in the locale's words; the number itself stays in `data-minutes`. */
export const durationText = (minutes: number, say: Say): string =>
  say(messages.hoursMinutes, { hours: Math.floor(minutes / 60), minutes: minutes % 60 });

const duration = (minutes: number, say: Say, col = 'minutes'): TemplateResult =>
  html`<td class="number" data-col=${col} data-minutes=${minutes}>${durationText(minutes, say)}</td>`;

function teamRow(team: VolunteerTeamLine, say: Say): TemplateResult {
  return html`<tr data-team=${team.teamId} data-source=${team.source}>
    <th scope="row" data-col="name">
      ${team.name}${team.source === 'declared' ? html`<span class="note">${say(messages.declared)}</span>` : nothing}
    </th>
    <td class="number" data-col="people">${team.people}</td>
    <td class="number" data-col="entries">${team.entries}</td>
    ${duration(team.minutes, say)}
  </tr>`;
}

/** Each team of the org with its people and confirmed time, and the totals the report adds up. */
export function teamsTable(data: ReportData, say: Say): TemplateResult {
  const { totals } = data;
  return html`<table part="teams">
    <caption>
      ${say(messages.teams)}
    </caption>
    <thead>
      <tr>
        <th scope="col">${say(messages.team)}</th>
        <th scope="col" class="number">${say(messages.people)}</th>
        <th scope="col" class="number">${say(messages.entries)}</th>
        <th scope="col" class="number">${say(messages.time)}</th>
      </tr>
    </thead>
    <tbody>
      ${data.teams.map((team) => teamRow(team, say))}
    </tbody>
    <tfoot part="totals">
      <tr>
        <th scope="row">${say(messages.total, { teams: totals.teams })}</th>
        <td class="number" data-col="people">${totals.people}</td>
        <td class="number" data-col="entries">${data.teams.reduce((sum, team) => sum + team.entries, 0)}</td>
        ${duration(totals.minutes, say)}
      </tr>
    </tfoot>
  </table>`;
}

/** A member by name (never an ID number or a phone), a resident by the name on the roster. */
function volunteerName(line: VolunteerLine, members: Pick<Snapshot['members'], 'get'>, say: Say): string {
  const { volunteer } = line;
  if (volunteer.kind === 'resident') return `${volunteer.name}${say(messages.resident)}`;
  return members.get(volunteer.memberId)?.name ?? volunteer.memberId;
}

/** Each person's confirmed time in the period, most first. */
export function volunteersTable(data: ReportData, members: Pick<Snapshot['members'], 'get'>, say: Say): TemplateResult {
  if (data.volunteers.length === 0) return html`<p class="status" part="status">${say(messages.noHours)}</p>`;
  return html`<table part="volunteers">
    <caption>
      ${say(messages.volunteers)}
    </caption>
    <thead>
      <tr>
        <th scope="col">${say(messages.name)}</th>
        <th scope="col" class="number">${say(messages.time)}</th>
      </tr>
    </thead>
    <tbody>
      ${data.volunteers.map(
        (line) =>
          html`<tr data-volunteer=${line.volunteer.kind === 'member' ? line.volunteer.memberId : line.volunteer.name}>
            <th scope="row" data-col="name">${volunteerName(line, members, say)}</th>
            ${duration(line.minutes, say)}
          </tr>`,
      )}
    </tbody>
  </table>`;
}
