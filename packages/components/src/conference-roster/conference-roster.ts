import { shanghaiDate } from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { heading, headingLevel } from '../shared/heading.js';
import { rovingIndex } from '../shared/roving.js';
import type { Say } from '../shared/say.js';
import { DjElement } from '../shared/dj-element.js';
import { memo } from '../shared/memo.js';
import { agreementsPanel } from './agreements-panel.js';
import { conferenceRosterStyles } from './conference-roster.styles.js';
import { membersPanel } from './members-panel.js';
import { cadenceLabels, rosterMessages } from './messages.js';
import { buildRoster, type Roster, type RosterSnapshot } from './roster-model.js';
import { timelinePanel } from './timeline-panel.js';
import { todayInShanghai } from '../shared/today.js';

/** The roster's three views, in tab order. */
export const rosterViews = ['members', 'timeline', 'agreements'] as const;
export type RosterView = (typeof rosterViews)[number];

/**
 * One joint conference (联席会议) of a regional Party-building council: its member units with
 * their part-time committee members (兼职委员), the rotating-chair (轮值会长) timeline — past
 * periods held or missed, the current one, the next few — and the member units' agreements
 * (共驻共建协议 / 目标责任书) with their yearly targets and how far each got.
 *
 * A summary above the tabs names the current chair and lists what needs attention (a missed
 * period, a chair out of turn), with the engine's own text.
 *
 * Connected inside a `<dj-provider>`, or data-in with `.snapshot` (any object with the
 * `conferences`, `conferenceSessions`, `units`, `agreements`, `committeeSeats` and `orgs`
 * tables). `as-of` is the date the roster stands on (ISO `YYYY-MM-DD`); without it the element
 * uses today in Asia/Shanghai — the engine itself always takes the date as an argument.
 *
 * **Keyboard**: the views are WAI-ARIA tabs (automatic activation): Left/Right/Home/End move
 * between tabs, Tab goes into the panel.
 *
 * @summary Joint conference: member units with 兼职委员, rotating-chair timeline with missed periods, agreements and targets.
 *
 * @csspart summary - The header: conference name, host, cadence, current chair.
 * @csspart title - The conference's name.
 * @csspart attention - The list of findings that need attention.
 * @csspart finding - A finding (in the summary and on its period).
 * @csspart tabs - The `role="tablist"`.
 * @csspart tab - Each tab; the selected one also `tab-selected`.
 * @csspart panel - The shown `role="tabpanel"`.
 * @csspart members - The list of member units.
 * @csspart member - Each member unit.
 * @csspart name - A member unit's name.
 * @csspart chair-now - The badge on the unit chairing this period.
 * @csspart seat - A 兼职委员 line (or the “none” text).
 * @csspart timeline - The ordered list of periods.
 * @csspart period - Each period; also `period-held`, `period-missed`, `period-current`, `period-upcoming`.
 * @csspart period-label - A period's label (2026-Q2).
 * @csspart period-chair - A period's chair unit.
 * @csspart status - A period's status badge: 已召开, 未召开, 本期, 待召开.
 * @csspart agreement - Each agreement.
 * @csspart agreement-title - An agreement's heading.
 * @csspart targets - An agreement's table of targets.
 * @csspart target - Each target row.
 * @csspart empty - The text shown when there are no agreements.
 * @csspart loading - The text shown while no data has arrived, or the conference is unknown.
 *
 * @cssproperty --dj-color-primary - Accent: missed periods, current period, selected tab. Default 党建红 #c8161d.
 * @cssproperty --dj-color-primary-subtle - Background of the current period and of findings.
 * @cssproperty --dj-color-text - Text colour.
 * @cssproperty --dj-color-text-muted - Dates and secondary text.
 * @cssproperty --dj-color-surface - Background.
 * @cssproperty --dj-color-border - Card, table and tab borders.
 * @cssproperty --dj-color-focus - Focus ring; defaults to the primary colour.
 * @cssproperty --dj-font-family - Font stack.
 * @cssproperty --dj-font-size - Base font size.
 * @cssproperty --dj-radius - Corner radius.
 * @cssproperty --dj-space - Base spacing unit.
 */
export class DjConferenceRoster extends DjElement {
  static override styles = conferenceRosterStyles;

  /** Id of the joint conference to show. */
  @property({ attribute: 'conference-id' })
  conferenceId: string | undefined;

  /** The date the roster stands on (ISO date). Defaults to today in Asia/Shanghai. */
  @property({ attribute: 'as-of' })
  asOf: string | undefined;

  /** How many periods after the current one to show. Default 2. */
  @property({ type: Number })
  upcoming = 2;

  /** The view shown: `members`, `timeline` (default) or `agreements`. Follows the reader's tab choice. */
  @property({ reflect: true })
  view: RosterView = 'timeline';

  /** The state to show (data-in). Wins over the workspace. */
  @property({ attribute: false })
  snapshot: RosterSnapshot | undefined;

  /** Level of the conference's heading (1–6); agreement headings sit one below. Default 3. */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel: number | undefined;

  /** The roster, rebuilt only when a table it reads, the conference, the date or `upcoming` changes. */
  readonly #rosterOf = memo(buildRoster, (snapshot, conferenceId, asOf, upcoming) => [
    snapshot.conferences,
    snapshot.conferenceSessions,
    snapshot.units,
    snapshot.agreements,
    snapshot.committeeSeats,
    conferenceId,
    asOf,
    upcoming,
  ]);
  /** Set while the reader moves between tabs, so the new tab gets focus once rendered. */
  #focusTab = false;

  protected override render(): TemplateResult {
    const say = this.say;
    const snapshot = this.snapshot ?? this.workspaceSnapshot;
    if (!snapshot) return this.#status(say(rosterMessages.loading));
    if (!this.conferenceId) return this.#status(say(rosterMessages.noConference));
    const asOf = this.#asOf();
    const roster = this.#rosterOf(snapshot, this.conferenceId, asOf, Math.max(0, this.upcoming));
    if (!roster) return this.#status(say(rosterMessages.notFound, { id: this.conferenceId }));
    return html`${this.#renderSummary(roster, snapshot, say)} ${this.#renderTabs(roster, say)}
      <div class="panel" part="panel" role="tabpanel" id="panel" aria-labelledby="tab-${this.view}" tabindex="0">
        ${this.#renderPanel(roster, snapshot, asOf, say)}
      </div>`;
  }

  protected override updated(): void {
    if (!this.#focusTab) return;
    this.#focusTab = false;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${this.view}`)?.focus();
  }

  #status(text: string): TemplateResult {
    return html`<p class="status" part="loading" role="status">${text}</p>`;
  }

  /** `as-of` as a Shanghai calendar date (an instant is accepted too), or today. */
  #asOf(): string {
    return this.asOf ? shanghaiDate(this.asOf) : todayInShanghai();
  }

  #renderSummary(roster: Roster, snapshot: RosterSnapshot, say: Say): TemplateResult {
    const { conference, current } = roster;
    const host = snapshot.orgs.get(conference.hostOrgId)?.name ?? conference.hostOrgId;
    const chair = current && (snapshot.units.get(current.chairUnitId)?.name ?? current.chairUnitId);
    return html`<header class="summary" part="summary">
      ${heading(headingLevel(this.headingLevel, 3), conference.name, { part: 'title' })}
      <p class="facts">
        <span>${say(rosterMessages.convenedBy, { org: host })}</span>
        <span>${say(rosterMessages.cadence, { cadence: cadenceLabels[conference.cadence] })}</span>
        <span>${say(rosterMessages.memberCount, { count: conference.memberUnitIds.length })}</span>
      </p>
      ${
        current && chair
          ? html`<p class="current-chair">
              ${say(rosterMessages.currentChair, { period: current.period.label, chair })}
            </p>`
          : nothing
      }
      ${this.#renderAttention(roster, say)}
    </header>`;
  }

  #renderAttention(roster: Roster, say: Say): TemplateResult | typeof nothing {
    if (roster.findings.length === 0) return nothing;
    return html`<div class="attention" part="attention">
      <span class="attention-title" id="attention-title">${say(rosterMessages.attention)}</span>
      <ul aria-labelledby="attention-title">
        ${roster.findings.map(
          (finding) => html`<li class="finding finding-${finding.severity}" part="finding">${say(finding.text)}</li>`,
        )}
      </ul>
    </div>`;
  }

  #renderTabs(roster: Roster, say: Say): TemplateResult {
    const counts: Record<RosterView, number> = {
      members: roster.members.length,
      timeline: roster.timeline.length,
      agreements: roster.agreements.length,
    };
    return html`<div
      class="tabs"
      part="tabs"
      role="tablist"
      aria-label=${say(rosterMessages.views)}
      @keydown=${this.#onTabKeyDown}
    >
      ${rosterViews.map((view) => {
        const selected = view === this.view;
        return html`<button
          class="tab"
          part=${selected ? 'tab tab-selected' : 'tab'}
          role="tab"
          type="button"
          id="tab-${view}"
          aria-selected=${String(selected)}
          aria-controls="panel"
          tabindex=${selected ? 0 : -1}
          @click=${() => (this.view = view)}
        >
          ${say(rosterMessages[view])} <span class="tab-count">${counts[view]}</span>
        </button>`;
      })}
    </div>`;
  }

  #renderPanel(roster: Roster, snapshot: RosterSnapshot, asOf: string, say: Say): TemplateResult {
    if (this.view === 'members') return membersPanel(roster, snapshot.orgs, say);
    if (this.view === 'agreements') {
      const level = headingLevel(this.headingLevel, 3) + 1;
      return agreementsPanel(roster.agreements, snapshot.units, Number(asOf.slice(0, 4)), Math.min(6, level), say);
    }
    return timelinePanel(roster, snapshot.units, say);
  }

  #onTabKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const current = rosterViews.indexOf(this.view);
    const next = rovingIndex(event.key, current, rosterViews.length, 'horizontal', true);
    if (next === undefined) return;
    event.preventDefault();
    this.view = rosterViews[next]!;
    this.#focusTab = true;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'dj-conference-roster': DjConferenceRoster;
  }
}
