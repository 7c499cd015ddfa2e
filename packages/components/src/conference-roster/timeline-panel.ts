import type { Snapshot } from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Say } from '../shared/say.js';
import { rosterMessages } from './messages.js';
import type { Roster, TimelineEntry } from './roster-model.js';

type Units = Pick<Snapshot, 'units'>['units'];

function status(entry: TimelineEntry, say: Say): TemplateResult {
  const text =
    entry.status === 'held'
      ? say(rosterMessages.held)
      : entry.status === 'missed'
        ? say(rosterMessages.missed)
        : entry.status === 'current'
          ? say(entry.sessions.length > 0 ? rosterMessages.held : rosterMessages.currentPending)
          : say(rosterMessages.upcoming);
  return html`<span class="status-badge status-${entry.status}" part="status">${text}</span>`;
}

function sessions(entry: TimelineEntry, units: Units, chairUnitId: string, say: Say): TemplateResult[] {
  return entry.sessions.map(
    (session) =>
      html`<span class="session"
        >${say(rosterMessages.heldOn, { date: session.heldOn })}${
          session.chairUnitId === chairUnitId
            ? nothing
            : html` ·
              ${say(rosterMessages.actualChair, {
                chair: units.get(session.chairUnitId)?.name ?? session.chairUnitId,
              })}`
        }</span
      >`,
  );
}

function entryView(entry: TimelineEntry, units: Units, say: Say): TemplateResult {
  const chair = units.get(entry.chairUnitId)?.name ?? entry.chairUnitId;
  const parts = `period period-${entry.status}`;
  return html`<li
    class="period period-${entry.status}"
    part=${parts}
    data-period=${entry.period.label}
    aria-current=${entry.status === 'current' ? 'step' : nothing}
  >
    <span class="period-head">
      <span class="period-label" part="period-label">${entry.period.label}</span>
      ${status(entry, say)}
    </span>
    <span class="period-range"
      >${say(rosterMessages.periodRange, { start: entry.period.start, end: entry.period.end })}</span
    >
    <span class="period-chair" part="period-chair">${say(rosterMessages.chair, { chair })}</span>
    ${sessions(entry, units, entry.chairUnitId, say)}
    ${entry.findings.map((finding) => html`<span class="finding" part="finding">${say(finding.text)}</span>`)}
  </li>`;
}

/** Every period from the start to `as-of`, then the next few: chair, sessions, and what was missed. */
export function timelinePanel(roster: Roster, units: Units, say: Say): TemplateResult {
  return html`<ol class="timeline" part="timeline">
    ${roster.timeline.map((entry) => entryView(entry, units, say))}
  </ol>`;
}
