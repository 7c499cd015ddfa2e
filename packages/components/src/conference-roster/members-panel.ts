import { unitKindLabels, type Snapshot } from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Say } from '../shared/say.js';
import { rosterMessages } from './messages.js';
import type { Roster, RosterMember } from './roster-model.js';

function seats(member: RosterMember, orgs: Pick<Snapshot, 'orgs'>['orgs'], say: Say): TemplateResult {
  if (member.seats.length === 0) {
    return html`<span class="seat seat-none" part="seat">${say(rosterMessages.noPartTimeMember)}</span>`;
  }
  return html`${member.seats.map(
    (seat) =>
      html`<span class="seat" part="seat"
        >${say(rosterMessages.partTimeMember, { person: seat.personName, org: orgs.get(seat.orgId)?.name ?? seat.orgId })}</span
      >`,
  )}`;
}

/** The member units in rotation order of membership, each with its chair turn and 兼职委员. */
export function membersPanel(roster: Roster, orgs: Pick<Snapshot, 'orgs'>['orgs'], say: Say): TemplateResult {
  const chairNow = roster.current?.chairUnitId;
  return html`<ul class="members" part="members">
    ${roster.members.map(
      (member) =>
        html`<li class="member" part="member">
          <span class="member-head">
            <span class="name" part="name">${member.unit?.name ?? member.unitId}</span>
            ${member.unit ? html`<span class="badge">${say(unitKindLabels[member.unit.kind])}</span>` : nothing}
            ${
              member.turn === undefined
                ? nothing
                : html`<span class="badge">${say(rosterMessages.turn, { turn: member.turn })}</span>`
            }
            ${
              member.unitId === chairNow
                ? html`<span class="badge badge-chair" part="chair-now">${say(rosterMessages.chairNow)}</span>`
                : nothing
            }
          </span>
          ${seats(member, orgs, say)}
        </li>`,
    )}
  </ul>`;
}
