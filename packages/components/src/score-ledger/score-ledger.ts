import {
  scoreLedgerReport,
  scoreSchemeFor,
  shanghaiDate,
  type LocalizedText,
  type ScoreLedgerData,
  type ScoreScheme,
  type Snapshot,
} from '@dangjian/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { DjElement } from '../shared/dj-element.js';
import { heading, headingLevel } from '../shared/heading.js';
import { memo } from '../shared/memo.js';
import type { Say } from '../shared/say.js';
import { todayInShanghai } from '../shared/today.js';
import { DjScoreMemberSelectEvent } from './events.js';
import { ledgerTable, rankingTable } from './ledger-tables.js';
import { scoreLedgerMessages as messages } from './messages.js';
import { scoreLedgerStyles } from './score-ledger.styles.js';

/** The tables the ledger reads. */
export type ScoreLedgerSnapshot = Pick<
  Snapshot,
  'orgs' | 'members' | 'meetings' | 'wishes' | 'pledges' | 'volunteerHours' | 'pointAwards' | 'scoreSchemes'
>;

/**
 * 积分台账: a member's year line by line — the day, the item, its part (基础 / 任务 / 奖励), the
 * record it came from, the points it earned and those it counts, and why they differ (a cap
 * reached, a one-vote veto) — with each part's total and the year's; or, given an org, every
 * branch's ranking in its subtree (equal totals share a rank). The figures are core's
 * `scoreLedgerReport` under the scheme in force (the portal's stored scheme, else the kit's).
 * Members appear by name only.
 *
 * Choosing a name in a ranking fires `dj-score-member-select` and, unless prevented, shows that
 * member's ledger with a way back.
 *
 * @summary A member's points line by line with part totals, or a branch's ranking.
 *
 * @event {DjScoreMemberSelectEvent} dj-score-member-select - A member was chosen in a ranking. `event.memberId`. Cancelable.
 *
 * @csspart title - The heading.
 * @csspart scheme - The scheme and version the figures come from.
 * @csspart table - A member's lines.
 * @csspart totals - The part totals and the total.
 * @csspart ranking - A branch's ranking table.
 * @csspart excluded - Why a member is not ranked.
 * @csspart back - The button back to the ranking.
 * @csspart status - Loading, not-found and empty texts.
 *
 * @cssproperty --dj-color-primary - Accent: points taken off, links.
 * @cssproperty --dj-color-primary-subtle - Background of the not-ranked note.
 * @cssproperty --dj-color-text - Text colour.
 * @cssproperty --dj-color-text-muted - Notes.
 * @cssproperty --dj-color-border - Borders.
 * @cssproperty --dj-color-focus - Focus ring.
 * @cssproperty --dj-font-family - Font stack.
 * @cssproperty --dj-font-size - Base font size.
 * @cssproperty --dj-radius - Corner radius.
 * @cssproperty --dj-space - Base spacing unit.
 */
export class DjScoreLedger extends DjElement {
  static override styles = scoreLedgerStyles;

  /** Show this member's ledger. */
  @property({ attribute: 'member-id' })
  memberId: string | undefined;

  /** Without a member: rank every branch in this org's subtree (the root org by default). */
  @property({ attribute: 'org-id' })
  orgId: string | undefined;

  /** The calendar year; the year of `as-of` by default. */
  @property({ type: Number })
  year: number | undefined;

  /** Today (`YYYY-MM-DD`): nothing later counts; today in Asia/Shanghai by default. */
  @property({ attribute: 'as-of' })
  asOf: string | undefined;

  /** The scheme to score under (data-in); by default the one in force from the state. */
  @property({ attribute: false })
  scheme: ScoreScheme | undefined;

  /** The state to score (data-in); wins over the workspace. */
  @property({ attribute: false })
  snapshot: ScoreLedgerSnapshot | undefined;

  /** Level of the heading (1–6). Default 3. */
  @property({ type: Number, attribute: 'heading-level' })
  headingLevel: number | undefined;

  /** The member opened from the ranking, shown with a way back. */
  #openedFromRanking = false;

  readonly #report = memo(
    (
      snapshot: ScoreLedgerSnapshot,
      scheme: ScoreScheme,
      query: string,
      year: number,
      asOf: string,
    ): ScoreLedgerData => {
      const [kind, id] = [query.slice(0, 1), query.slice(2)];
      const scope = kind === 'm' ? { memberIds: [id] } : { orgId: id };
      return scoreLedgerReport(snapshot, scheme, { ...scope, year, asOf }).data;
    },
    (snapshot, ...rest) => [
      snapshot.orgs,
      snapshot.members,
      snapshot.meetings,
      snapshot.wishes,
      snapshot.pointAwards,
      ...rest,
    ],
  );

  protected override render(): TemplateResult {
    const say = this.say;
    const snapshot = this.snapshot ?? this.workspaceSnapshot;
    if (!snapshot) return this.#status(say, messages.loading);
    const asOf = shanghaiDate(this.asOf ?? todayInShanghai());
    const year = this.year ?? Number(asOf.slice(0, 4));
    const member = this.memberId === undefined ? undefined : snapshot.members.get(this.memberId);
    const orgId = this.orgId ?? [...snapshot.orgs.values()].find((org) => org.parentId === null)?.id;
    const org = orgId === undefined ? undefined : snapshot.orgs.get(orgId);
    if (this.memberId !== undefined ? !member : !org) return this.#status(say, messages.notFound);
    // A past year is scored under the version in force on its last day, as the report counts it.
    const lastDay = `${year}-12-31` < asOf ? `${year}-12-31` : asOf;
    const scheme = this.scheme ?? scoreSchemeFor(snapshot, member?.managingOrgId ?? orgId, lastDay);
    const query = member ? `m:${member.id}` : `o:${org!.id}`;
    const data = this.#report(snapshot, scheme, query, year, asOf);
    const level = headingLevel(this.headingLevel, 3);
    const source = html`<p class="scheme" part="scheme">
      ${say(messages.scheme, { label: scheme.label, version: scheme.version })}
    </p>`;
    if (member) {
      const ledger = data.members[0]!;
      return html`${this.#back(say)}
      ${heading(level, say(messages.memberTitle, { name: member.name, year }), { part: 'title' })} ${source}
      ${
        ledger.excludedBy
          ? html`<p class="excluded" part="excluded">
              ${say(messages.excluded, { reason: ledger.excludedBy.reason })}
            </p>`
          : nothing
      }
      ${ledgerTable(ledger, say, snapshot)}`;
    }
    return html`${heading(level, say(messages.rankingTitle, { org: org!.name, year }), { part: 'title' })} ${source}
    ${
      data.rankings.length === 0
        ? html`<p class="status" part="status">${say(messages.noMembers)}</p>`
        : data.rankings.map((ranking) => rankingTable(ranking, say, this.#select))
    }`;
  }

  #status(say: Say, message: LocalizedText): TemplateResult {
    return html`<p class="status" part="status" role="status">${say(message)}</p>`;
  }

  #back(say: Say): TemplateResult | typeof nothing {
    if (!this.#openedFromRanking) return nothing;
    return html`<button type="button" class="link" part="back" @click=${this.#backToRanking}>
      ${say(messages.back)}
    </button>`;
  }

  #select = (memberId: string): void => {
    const event = new DjScoreMemberSelectEvent({ memberId });
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    this.#openedFromRanking = true;
    this.memberId = memberId;
  };

  #backToRanking = (): void => {
    this.#openedFromRanking = false;
    this.memberId = undefined;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'dj-score-ledger': DjScoreLedger;
  }
}
