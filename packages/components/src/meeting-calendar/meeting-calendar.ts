import {
  complianceReport,
  type CadenceRule,
  type ComplianceReport,
  type LocalizedText,
  type Snapshot,
} from '@dangjian/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DjElement } from '../shared/dj-element.js';
import { liveRegion } from '../shared/live-region.js';
import { memo } from '../shared/memo.js';
import { todayInShanghai } from '../shared/today.js';
import { gridMove, type GridPosition } from './calendar-keys.js';
import {
  calendarColumns,
  calendarOrgs,
  calendarViews,
  inTreeOrder,
  type CalendarOrg,
  type CalendarView,
} from './calendar-model.js';
import { renderDetail, renderGrid, type ActiveCell, type GridContext } from './calendar-grid.js';
import { DjMeetingCellSelectEvent } from './events.js';
import { meetingCalendarStyles } from './meeting-calendar.styles.js';
import { meetingCalendarMessages as messages } from './messages.js';

/** The tables the compliance engine reads. */
export type CalendarSnapshot = Pick<Snapshot, 'orgs' | 'meetings' | 'members'>;

/**
 * 三会一课 on one calendar: for an org and everything below it, each cadence rule that applies to
 * each org (支部党员大会 quarterly, 支委会 and 党小组会 and 主题党日 monthly, 组织生活会 and 民主评议
 * yearly) as a row, the range's months or quarters as columns, and in each cell the meetings held
 * against the minimum. An ended period short of it is marked 缺 and carries core's finding, with
 * its rule, version and article as the cell's tooltip and in the caption under the grid. The
 * secretary's own yearly 党课 is a rule apart and is shown as each org's last row, set off.
 *
 * Three ways to feed it, the first set wins: `.report` (core's `complianceReport`, e.g. from a
 * server; set `.snapshot` too for org names), `.snapshot` (the `orgs`, `meetings` and `members`
 * tables), or the workspace of an enclosing `<dj-provider>` (recomputed after every command).
 * A street with hundreds of orgs is shown `page-size` orgs at a time.
 *
 * **Keyboard** (WAI-ARIA grid): one tab stop; arrows move a cell (a quarter spanning three months
 * is one stop), Home/End to the row's ends, Ctrl+Home/End to the page's, PageUp/PageDown turn the
 * page, Enter/Space choose the cell.
 *
 * @summary Required vs held meetings per org and month or quarter, findings inline, the secretary's 党课 apart.
 *
 * @event {DjMeetingCellSelectEvent} dj-meeting-cell-select - A reader chose a cell. `event.orgId`, `event.detail.kind`, `event.detail.ruleId`, `event.detail.periods`, `event.detail.findings`.
 *
 * @csspart summary - The line counting orgs and findings.
 * @csspart views - The month / quarter toggle.
 * @csspart grid - The grid (`role="grid"`).
 * @csspart org - An org's header row.
 * @csspart row - A rule's row; the secretary's 党课 also `row-secretary`.
 * @csspart cell - Each cell; also `cell-missing` (an ended period short of the minimum) and `cell-open` (not over yet).
 * @csspart finding - The 缺 mark of a cell with findings (its tooltip says the finding and its rule).
 * @csspart pager - The page buttons and position.
 * @csspart detail - The caption under the grid: the chosen cell's counts and findings with their rules.
 * @csspart loading - The text shown while no data has arrived.
 *
 * @cssproperty --dj-color-primary - Accent: missing periods, focus ring. Default 党建红 #c8161d.
 * @cssproperty --dj-color-primary-subtle - Background of a missing period and the chosen cell.
 * @cssproperty --dj-color-text - Text colour.
 * @cssproperty --dj-color-text-muted - Row labels, periods not over yet.
 * @cssproperty --dj-color-surface - Background.
 * @cssproperty --dj-color-border - Grid lines.
 * @cssproperty --dj-color-focus - Focus ring; defaults to the primary colour.
 * @cssproperty --dj-font-family - Font stack.
 * @cssproperty --dj-font-size - Base font size.
 * @cssproperty --dj-radius - Corner radius.
 * @cssproperty --dj-space - Base spacing unit.
 */
export class DjMeetingCalendar extends DjElement {
  static override styles = meetingCalendarStyles;

  /** A compliance report computed elsewhere (data-in). Wins over `.snapshot` and the workspace. */
  @property({ attribute: false })
  report: ComplianceReport | undefined;

  /** The state to analyse (data-in): the `orgs`, `meetings` and `members` tables of a snapshot. */
  @property({ attribute: false })
  snapshot: CalendarSnapshot | undefined;

  /** The org whose subtree is shown. Default: the first top-level org. */
  @property({ attribute: 'org-id' })
  orgId: string | undefined;

  /** The calendar year shown, unless `from`/`to` are set. Default: the year of `as-of`. */
  @property({ type: Number })
  year: number | undefined;

  /** First day of the range (ISO date); with `to`, overrides `year`. */
  @property()
  from: string | undefined;

  /** Last day of the range (ISO date). */
  @property()
  to: string | undefined;

  /** The date the calendar stands on (ISO): periods after it are not held against anyone. Default: today in Asia/Shanghai. */
  @property({ attribute: 'as-of' })
  asOf: string | undefined;

  /** Only records a higher org approved count (where a portal turns the review chain on). */
  @property({ type: Boolean, attribute: 'approved-only' })
  approvedOnly = false;

  /** A portal's cadence rules (`layerCadenceRules`); the national defaults when unset. */
  @property({ attribute: false })
  rules: readonly CadenceRule[] | undefined;

  /** `month` (default) or `quarter` columns. */
  @property({ reflect: true })
  view: CalendarView = 'month';

  /** Orgs per page: a street with hundreds of orgs is read a page at a time. Default 20. */
  @property({ type: Number, attribute: 'page-size' })
  pageSize = 20;

  @state() private _page = 0;
  /** How many pages the last render had: turning stops at the ends. */
  #pages = 1;
  @state() private _active: ActiveCell | undefined;

  readonly #analyse = memo(
    (
      snapshot: CalendarSnapshot,
      orgId: string,
      from: string,
      to: string,
      asOf: string,
      approvedOnly: boolean,
      rules?: readonly CadenceRule[],
    ) => complianceReport(snapshot, { orgId, from, to, asOf, approvedOnly, ...(rules && { rules }) }),
    (snapshot, ...rest) => [snapshot.orgs, snapshot.meetings, snapshot.members, ...rest],
  );

  readonly #grid = memo(
    (report: ComplianceReport, from: string, to: string, view: CalendarView, tree?: CalendarSnapshot['orgs']) => {
      const columns = calendarColumns(from, to, view);
      return { columns, orgs: inTreeOrder(calendarOrgs(report, columns), tree && [...tree.values()]) };
    },
  );

  /** Another org, range or page size starts again at the first page. */
  protected override willUpdate(changed: PropertyValues): void {
    if (['orgId', 'year', 'from', 'to', 'pageSize'].some((name) => changed.has(name))) this._page = 0;
  }

  protected override render(): TemplateResult {
    const snapshot = this.snapshot ?? this.workspaceSnapshot;
    const orgId = this.orgId ?? [...(snapshot?.orgs.values() ?? [])].find((org) => org.parentId === null)?.id;
    const { from, to, asOf } = this.#range();
    const report =
      this.report ??
      (snapshot && orgId ? this.#analyse(snapshot, orgId, from, to, asOf, this.approvedOnly, this.rules) : undefined);
    if (!report) {
      const text = snapshot ? messages.noOrg : messages.loading;
      return html`<p class="status" part="loading" role="status">${this.say(text)}</p>`;
    }
    const view = calendarViews.includes(this.view) ? this.view : 'month';
    const { columns, orgs } = this.#grid(report, from, to, view, snapshot?.orgs);
    const pages = Math.max(1, Math.ceil(orgs.length / this.#pageSize()));
    const page = Math.min(this._page, pages - 1);
    this.#pages = pages;
    const shown = orgs.slice(page * this.#pageSize(), (page + 1) * this.#pageSize());
    const context = this.#context(columns, shown);
    const name = this.#orgName(orgId ?? report.data.rows[0]?.orgId ?? '');
    return html`<div class="calendar" role="region" aria-label=${this.say(messages.label, { name })}>
      ${this.#renderSummary(report, orgs.length)} ${this.#renderViews(view)}
      ${orgs.length === 0 ? html`<p class="empty">${this.say(messages.noRows)}</p>` : renderGrid(context)}
      ${this.#renderPager(page, pages)} ${renderDetail(context)}
      ${liveRegion(pages > 1 ? this.say(messages.page, { page: page + 1, pages }) : undefined)}
    </div>`;
  }

  /** The range and date: `from`/`to`, else the `year`, else the year of `as-of`. */
  #range(): { from: string; to: string; asOf: string } {
    const asOf = this.asOf ?? todayInShanghai();
    if (this.from && this.to) return { from: this.from, to: this.to, asOf };
    const year = this.year ?? Number(asOf.slice(0, 4));
    return { from: `${year}-01-01`, to: `${year}-12-31`, asOf };
  }

  #pageSize(): number {
    return Number.isInteger(this.pageSize) && this.pageSize > 0 ? this.pageSize : 20;
  }

  #orgName = (orgId: string): string => (this.snapshot ?? this.workspaceSnapshot)?.orgs.get(orgId)?.name ?? orgId;

  #context(columns: GridContext['columns'], orgs: readonly CalendarOrg[]): GridContext {
    const rows = orgs.flatMap((org) => org.rows);
    const active = this._active && rows.some((row) => row.key === this._active!.rowKey) ? this._active : undefined;
    return {
      say: this.say,
      columns,
      orgs,
      active: active ?? (rows[0] ? { rowKey: rows[0].key, column: rows[0].cells[0]?.column ?? 0 } : undefined),
      orgName: this.#orgName,
      onKeyDown: (event) => this.#onKeyDown(event, rows),
      onChoose: (rowKey, column) => this.#choose(rows, { rowKey, column }),
    };
  }

  #renderSummary(report: ComplianceReport, orgCount: number): TemplateResult {
    return html`<p class="summary" part="summary">
      ${this.say(messages.summary, { orgs: orgCount, findings: report.findings.length })}
      ${
        report.data.withoutOrgLife.length
          ? html`<span class="without">
              ${this.say(messages.withoutOrgLife, { count: report.data.withoutOrgLife.length })}</span
            >`
          : nothing
      }
    </p>`;
  }

  #renderViews(view: CalendarView): TemplateResult {
    const button = (value: CalendarView, label: LocalizedText) =>
      html`<button
        type="button"
        class="view"
        aria-pressed=${String(view === value)}
        data-view=${value}
        @click=${() => (this.view = value)}
      >
        ${this.say(label)}
      </button>`;
    return html`<div class="views" part="views" role="group" aria-label=${this.say(messages.view)}>
      ${button('month', messages.viewMonth)} ${button('quarter', messages.viewQuarter)}
    </div>`;
  }

  #renderPager(page: number, pages: number): TemplateResult | typeof nothing {
    if (pages <= 1) return nothing;
    return html`<div class="pager" part="pager">
      <button type="button" data-page="previous" ?disabled=${page === 0} @click=${() => this.#turn(-1)}>
        ${this.say(messages.previous)}
      </button>
      <span class="position">${this.say(messages.page, { page: page + 1, pages })}</span>
      <button type="button" data-page="next" ?disabled=${page === pages - 1} @click=${() => this.#turn(1)}>
        ${this.say(messages.next)}
      </button>
    </div>`;
  }

  #turn(by: -1 | 1): void {
    this._page = Math.max(0, Math.min(this.#pages - 1, this._page + by));
    this._active = undefined;
  }

  #choose(rows: GridContext['orgs'][number]['rows'], active: ActiveCell): void {
    this._active = active;
    const row = rows.find((each) => each.key === active.rowKey);
    const cell = row?.cells.find((each) => each.column === active.column);
    if (!row || !cell) return;
    const { orgId, kind, rule } = row.row;
    this.dispatchEvent(
      new DjMeetingCellSelectEvent({ orgId, kind, ruleId: rule.id, periods: cell.periods, findings: cell.findings }),
    );
  }

  #onKeyDown(event: KeyboardEvent, rows: GridContext['orgs'][number]['rows']): void {
    if (event.altKey || event.metaKey) return;
    const target = (event.target as HTMLElement).closest<HTMLElement>('[role="gridcell"]');
    if (!target) return;
    const at: GridPosition = {
      row: rows.findIndex((row) => row.key === target.dataset['row']),
      column: Number(target.dataset['column']),
    };
    const move = gridMove(event.key, event.ctrlKey, at, {
      rows: rows.length,
      columns: Math.max(...rows.flatMap((row) => row.cells.map((cell) => cell.column + cell.span))),
      cellStarts: (row) => rows[row]!.cells.map((cell) => cell.column),
    });
    if (!move) return;
    event.preventDefault();
    if ('select' in move) return this.#choose(rows, { rowKey: rows[at.row]!.key, column: at.column });
    if ('page' in move) {
      this.#turn(move.page);
      void this.#focusActive();
      return;
    }
    this._active = { rowKey: rows[move.to.row]!.key, column: move.to.column };
    void this.#focusActive();
  }

  async #focusActive(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dj-meeting-calendar': DjMeetingCalendar;
  }
}
