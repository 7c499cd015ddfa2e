import {
  fill,
  localize,
  shanghaiDate,
  type Classifier,
  type LocalizedText,
  type Member,
  type Org,
  type Stage,
} from '@dangjian/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VirtualWindowController } from '../org-tree/virtual-window.js';
import { classificationsOf } from '../shared/classifications.js';
import { subtreeIds } from '../shared/org-subtree.js';
import { cssProperties } from '../shared/css-properties.js';
import { keyedRows } from '../shared/keyed-rows.js';
import { placeTip, visibleBounds } from '../shared/tip-placement.js';
import { todayInShanghai } from '../shared/today.js';
import { DjUnmaskRequestEvent } from '../shared/unmask.js';
import { PagedRows, pageSize, queryOf } from './paged-rows.js';
import { DjElement } from '../shared/dj-element.js';
import { chipsInlineSize } from './chips-width.js';
import { rosterGridColumns, type RosterColumn } from './columns.js';
import { DjMemberSelectEvent } from './events.js';
import { nextPosition, type GridPosition } from './grid-keys.js';
import { memberRosterMessages as say } from './messages.js';
import { memberRosterStyles } from './member-roster.styles.js';
import { orgOptions, renderFilters, type FilterName, type OrgOption } from './roster-filters.js';
import {
  filterEntries,
  rosterEntries,
  sortEntries,
  type RosterEntry,
  type SortDirection,
  type SortKey,
} from './roster-model.js';
import { renderLoadingRow, renderRosterRow, stopsOf } from './roster-row.js';

/** Up to this many rows are all rendered; beyond, only those in view (plus a margin). */
const renderAllUpTo = 60;
const overscan = 8;

/** The tab stop: a member's row (or `null`, the header row) and the stop within it. */
interface Active {
  readonly id: string | null;
  readonly stop: number;
}

/** The rows after filtering and sorting, and where each member sits among them. */
interface Shown {
  /** In paged mode, sparse: a position not fetched yet holds no entry. */
  readonly entries: readonly (RosterEntry | undefined)[];
  readonly positionOf: ReadonlyMap<string, number>;
}

/** A stand-in for a row not fetched yet: its key and position only. */
const loadingId = (index: number): string => `\u0000loading-${index}`;

/**
 * The 党员花名册: every active member with their categories and care flags, filtered, sorted and
 * virtualised so 100,000 rows scroll like 100.
 *
 * Give it data (`.members` and `.orgs`) or put it inside a `<dj-provider>`: it then shows the
 * workspace's members and follows every command. Members are classified once per members table
 * and date (`as-of`, or today in Asia/Shanghai), not per render.
 *
 * **Grid** (WAI-ARIA data grid): one tab stop. Arrows move by cell, PageUp/PageDown by a screenful,
 * Home/End to the ends of the row, Ctrl+Home/Ctrl+End to the first/last row; Up from the first
 * row reaches the header, where Enter sorts by that column. Enter on a row (or a click) selects the
 * member (`dj-member-select`). `aria-rowcount`/`aria-rowindex` give the true size although only
 * the rows in view exist.
 *
 * **Chips**: each category and care flag is a focus stop; its tooltip (`role="tooltip"`, the
 * chip's `aria-describedby`) gives the rule's reason, id and version on hover and on focus.
 * Escape hides it.
 *
 * **Personal data**: ID numbers and phones are masked unless `unmask` is set. With `allow-unmask`
 * a button asks for them in full through a cancelable `dj-unmask-request`: the page checks the
 * permission, audits, and may refuse.
 *
 * @summary Member roster: filter by category, care flag, org and stage; sort; virtualised grid.
 *
 * @event {DjMemberSelectEvent} dj-member-select - A reader chose a member (Enter, click). `event.memberId`, `event.detail.member`, `event.detail.classification`. Cancelable.
 * @event {DjUnmaskRequestEvent} dj-unmask-request - A reader asked for full ID numbers and phones. Cancel to refuse; otherwise `unmask` is set.
 *
 * @csspart filters - The group of filter selects.
 * @csspart filter - Each filter `<select>`.
 * @csspart count - The number of members shown.
 * @csspart unmask - The button that asks to show full numbers.
 * @csspart grid - The `role="grid"` scroll box.
 * @csspart header - The header row.
 * @csspart sort - The sort button in a sortable column header.
 * @csspart row - Each member row.
 * @csspart row-selected - The selected row, in addition to `row`.
 * @csspart cell - Each cell; also `cell-name`, `cell-age` … by column.
 * @csspart chip - Each category or care chip; also `chip-category` or `chip-care`.
 * @csspart tooltip - The reason shown for a chip.
 * @csspart status - Loading, empty and no-match texts.
 *
 * @cssproperty --dj-color-primary - Accent: chips, selection bar, focus ring.
 * @cssproperty --dj-color-primary-subtle - Background of the selected row and category chips.
 * @cssproperty --dj-color-text - Text colour.
 * @cssproperty --dj-color-text-muted - Header and status text.
 * @cssproperty --dj-color-surface - Background.
 * @cssproperty --dj-color-hover - Row under the pointer, header background.
 * @cssproperty --dj-color-border - Borders.
 * @cssproperty --dj-color-focus - Focus ring.
 * @cssproperty --dj-font-family - Font stack.
 * @cssproperty --dj-font-size - Base font size.
 * @cssproperty --dj-radius - Corner radius.
 * @cssproperty --dj-space - Base spacing unit.
 * @cssproperty --dj-member-roster-row-height - Height of every row. Default 2.5rem.
 * @cssproperty --dj-member-roster-max-height - Height after which the grid scrolls. Default 32rem.
 * @cssproperty --dj-member-roster-columns - The grid's `grid-template-columns`.
 * @cssproperty --dj-member-roster-min-width - Width the rows never go below (the grid scrolls sideways); set it with `--dj-member-roster-columns`. Default: the sum of the columns' minimums.
 */
export class DjMemberRoster extends DjElement {
  static override styles = memberRosterStyles;

  /** The members to show (data-in mode). Leave unset to show the provided workspace's members. */
  @property({ attribute: false })
  members: readonly Member[] | undefined;

  /** The orgs the members belong to (data-in mode): names, and the org filter's tree. */
  @property({ attribute: false })
  orgs: readonly Org[] | undefined;

  /** A classifier with the portal's rule overrides (`createClassifier(overrides)`); the kit's rules by default. */
  @property({ attribute: false })
  classifier: Classifier | undefined;

  /** The date categories and ages are worked out on (`YYYY-MM-DD`); today in Asia/Shanghai by default. */
  @property({ attribute: 'as-of' })
  asOf: string | undefined;

  /** Id of the selected member. */
  @property()
  selected: string | undefined;

  /** Filter: members holding this category (`retired`, `mobile` …). */
  @property()
  category: string | undefined;

  /** Filter: members with this care flag (`hardship`, `elderly` …). */
  @property()
  care: string | undefined;

  /** Filter: members whose managing or relation org is this org or below it. */
  @property()
  org: string | undefined;

  /** Filter: members at this stage. */
  @property()
  stage: Stage | undefined;

  /** Sort column. */
  @property()
  sort: SortKey = 'name';

  /** Sort direction. */
  @property()
  direction: SortDirection = 'ascending';

  /** Shows ID numbers and phones in full. Set it only for readers allowed to see them. */
  @property({ type: Boolean })
  unmask = false;

  /** Offers a button that asks (through `dj-unmask-request`) to show full numbers. */
  @property({ type: Boolean, attribute: 'allow-unmask' })
  allowUnmask = false;

  /** Accessible name of the grid. Defaults to “党员花名册” / “Member roster”. */
  @property()
  label: string | undefined;

  @state()
  private _active: Active | undefined;

  @state()
  private _announcement: LocalizedText | undefined;

  /** Escape hides the focused chip's tooltip until focus moves. */
  @state()
  private _tipsHidden = false;

  readonly #window = new VirtualWindowController(this, {
    viewport: () => this.renderRoot.querySelector<HTMLElement>('.grid'),
    list: () => this.renderRoot.querySelector<HTMLElement>('.body'),
    sampleRow: () => this.renderRoot.querySelector<HTMLElement>('.body [role="row"]'),
    renderAllUpTo,
    overscan,
  });
  #entries: { key: readonly unknown[]; entries: RosterEntry[] } | undefined;
  #sorted: { key: readonly unknown[]; entries: RosterEntry[] } | undefined;
  #shown: { key: readonly unknown[]; shown: Shown } | undefined;
  #orgOptions: { key: unknown; options: OrgOption[] } | undefined;
  #subtree: { key: readonly unknown[]; ids: Set<string> } | undefined;
  #chipsWidth_: { key: readonly unknown[]; width: string } | undefined;
  #hadFocus = false;
  readonly #paged = new PagedRows(() => this.requestUpdate());

  /** The members shown now, in order: after filtering and sorting. */
  get shownMembers(): readonly Member[] {
    return (this.#shownEntries()?.entries ?? []).flatMap((entry) => (entry ? [entry.member] : []));
  }

  /** Focuses the cell holding the tab stop, so `roster.focus()` lands where Tab would. */
  override focus(options?: FocusOptions): void {
    const target = this.renderRoot.querySelector<HTMLElement>('.grid [tabindex="0"]');
    if (target) target.focus(options);
    else super.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#hadFocus = this.shadowRoot?.activeElement != null;
    const filters = ['category', 'care', 'org', 'stage', 'members', 'workspace'] as const;
    if (filters.some((name) => changed.has(name)) && this.hasUpdated) this.#announceCount();
  }

  protected override updated(): void {
    if (this.#hadFocus && this.shadowRoot?.activeElement == null) this.focus({ preventScroll: true });
    this.#fetchRowsInView();
  }

  // ——— a roster paged from a server ———

  /** Connected to a workspace that reads members a page at a time (REST, paged): page, don't hold. */
  #isPaged(): boolean {
    return this.members === undefined && this.workspace?.pagesMembers === true;
  }

  #pagedQuery() {
    return queryOf(
      { category: this.category, care: this.care, orgId: this.org, stage: this.stage },
      this.sort,
      this.direction,
    );
  }

  #pagedKey(): string {
    return JSON.stringify([this.workspace?.revision, this.#pagedQuery(), this.#asOf()]);
  }

  /** Asks the server for the pages the grid shows now (the first one before anything is known). */
  #fetchRowsInView(): void {
    const workspace = this.workspace;
    if (!workspace || !this.#isPaged()) return;
    const shown = this.#paged.shown(this.#pagedKey());
    const range = shown ? this.#window.range(shown.entries.length) : { start: 0, end: pageSize };
    const orgNames = new Map([...workspace.snapshot.orgs.values()].map((org) => [org.id, org.name]));
    this.#paged.ensure(
      range.start,
      range.end,
      (query) => workspace.members(query),
      this.#pagedQuery(),
      orgNames,
      this.#asOf(),
    );
  }

  protected override render(): TemplateResult {
    const shown = this.#shownEntries();
    const locale = this.locale;
    if (!shown) return html`<p class="status" part="status" role="status">${say.loading[locale]}</p>`;
    return html`<div class="toolbar">
        ${renderFilters(
          { category: this.category, care: this.care, org: this.org, stage: this.stage },
          this.#orgChoices(),
          locale,
          this.#onFilter,
        )}
        <span class="count" part="count">${fill(say.count[locale], { count: shown.entries.length }, locale)}</span>
        ${this.#renderUnmask()}
      </div>
      ${shown.entries.length === 0 ? this.#renderEmpty() : this.#renderGrid(shown)}
      <div class="visually-hidden" role="status" aria-live="polite">
        ${this._announcement ? this.say(this._announcement) : nothing}
      </div>`;
  }

  #renderUnmask(): TemplateResult | typeof nothing {
    if (!this.allowUnmask) return nothing;
    const text = this.unmask ? say.mask : say.unmask;
    return html`<button
      class="unmask"
      part="unmask"
      type="button"
      aria-pressed=${String(this.unmask)}
      @click=${this.#onUnmask}
    >
      ${this.say(text)}
    </button>`;
  }

  #renderEmpty(): TemplateResult {
    const filtered = this.category ?? this.care ?? this.org ?? this.stage;
    const total = this.#isPaged() ? (filtered === undefined ? 0 : 1) : (this.#sortedEntries()?.length ?? 0);
    return html`<p class="status" part="status">${this.say(total === 0 ? say.empty : say.noMatches)}</p>`;
  }

  #renderGrid(shown: Shown): TemplateResult {
    const active = this.#activeIn(shown);
    const locale = this.locale;
    const views = this.#renderedPositions(shown, active).map((index) => {
      const entry = shown.entries[index];
      return {
        entry,
        index,
        selected: entry?.member.id === this.selected,
        tabStop: entry && active.id === entry.member.id ? active.stop : undefined,
        unmask: this.unmask,
      };
    });
    const loadingText = this.say(say.loading);
    return html`<div
      class="grid ${this._tipsHidden ? 'tips-hidden' : ''}"
      part="grid"
      role="grid"
      aria-label=${this.label ?? this.say(say.label)}
      aria-rowcount=${shown.entries.length + 1}
      aria-colcount=${rosterGridColumns.length}
      ${cssProperties({ '--_dj-chips-inline-size': this.#chipsWidth(shown.entries.filter((entry) => entry !== undefined)) })}
      @keydown=${this.#onKeyDown}
      @click=${this.#onClick}
      @focusin=${this.#onFocusIn}
      @pointerover=${this.#onPointerOver}
    >
      <div role="rowgroup" class="head">${this.#renderHeader(active)}</div>
      <div role="rowgroup" class="body" ${cssProperties({ '--_dj-rows': shown.entries.length })}>
        ${keyedRows(
          views,
          (view) => view.entry?.member.id ?? loadingId(view.index),
          (view) =>
            view.entry
              ? renderRosterRow({ ...view, entry: view.entry }, locale)
              : renderLoadingRow(view.index, loadingId(view.index), active.id === loadingId(view.index), loadingText),
        )}
      </div>
    </div>`;
  }

  #renderHeader(active: Active): TemplateResult {
    const locale = this.locale;
    const cells = rosterGridColumns.map((column, stop) => {
      const tabStop = active.id === null && active.stop === stop;
      const sorted = column.sort !== undefined && column.sort === this.sort;
      return html`<div
        class="cell ${column.id}"
        role="columnheader"
        aria-sort=${sorted ? this.direction : nothing}
        data-stop=${stop}
        tabindex=${column.sort || !tabStop ? -1 : 0}
      >
        ${column.sort ? this.#sortButton(column, stop, tabStop, sorted) : column.header[locale]}
      </div>`;
    });
    return html`<div class="row header" part="header" role="row" aria-rowindex="1">${cells}</div>`;
  }

  #sortButton(column: RosterColumn, stop: number, tabStop: boolean, sorted: boolean): TemplateResult {
    const arrow = !sorted ? '' : this.direction === 'ascending' ? '▲' : '▼';
    return html`<button
      class="sort"
      part="sort"
      type="button"
      data-stop=${stop}
      data-sort=${column.sort!}
      tabindex=${tabStop ? 0 : -1}
    >
      ${this.say(column.header)}<span class="arrow" aria-hidden="true">${arrow}</span>
    </button>`;
  }

  /** The rows in view plus the focused one (a removed element would lose focus). */
  #renderedPositions(shown: Shown, active: Active): number[] {
    const { start, end } = this.#window.range(shown.entries.length);
    const positions = Array.from({ length: end - start }, (_, at) => start + at);
    const focused = active.id === null ? undefined : shown.positionOf.get(active.id);
    if (focused !== undefined && (focused < start || focused >= end)) {
      positions.push(focused);
      positions.sort((a, b) => a - b);
    }
    return positions;
  }

  // ——— data, memoised by identity ———

  #asOf(): string {
    return this.asOf ? shanghaiDate(this.asOf) : todayInShanghai();
  }

  #source():
    | { members: { key: object; values: () => Iterable<Member> }; orgs: { key: object; values: () => Iterable<Org> } }
    | undefined {
    if (this.members) {
      const members = this.members;
      const orgs = this.orgs ?? [];
      return { members: { key: members, values: () => members }, orgs: { key: orgs, values: () => orgs } };
    }
    const snapshot = this.workspaceSnapshot;
    if (!snapshot) return undefined;
    return {
      members: { key: snapshot.members, values: () => snapshot.members.values() },
      orgs: { key: snapshot.orgs, values: () => snapshot.orgs.values() },
    };
  }

  #allEntries(): RosterEntry[] | undefined {
    const source = this.#source();
    if (!source) return undefined;
    const asOf = this.#asOf();
    const key = [source.members.key, source.orgs.key, asOf, this.classifier];
    if (this.#entries && sameKey(this.#entries.key, key)) return this.#entries.entries;
    const names = new Map([...source.orgs.values()].map((org) => [org.id, org.name]));
    const classified = classificationsOf(source.members.key, source.members.values(), asOf, this.classifier);
    const entries = rosterEntries(source.members.values(), names, classified, asOf);
    this.#entries = { key, entries };
    return entries;
  }

  #sortedEntries(): RosterEntry[] | undefined {
    const entries = this.#allEntries();
    if (!entries) return undefined;
    const key = [entries, this.sort, this.direction];
    if (this.#sorted && sameKey(this.#sorted.key, key)) return this.#sorted.entries;
    this.#sorted = { key, entries: sortEntries(entries, this.sort, this.direction) };
    return this.#sorted.entries;
  }

  #shownEntries(): Shown | undefined {
    if (this.#isPaged()) return this.#paged.shown(this.#pagedKey());
    const sorted = this.#sortedEntries();
    if (!sorted) return undefined;
    const subtree = this.#orgSubtree();
    const key = [sorted, this.category, this.care, this.stage, subtree];
    if (this.#shown && sameKey(this.#shown.key, key)) return this.#shown.shown;
    const entries = filterEntries(sorted, { category: this.category, care: this.care, stage: this.stage }, subtree);
    const positionOf = new Map(entries.map((entry, index) => [entry.member.id, index]));
    this.#shown = { key, shown: { entries, positionOf } };
    return this.#shown.shown;
  }

  #orgSubtree(): Set<string> | undefined {
    const orgs = this.#source()?.orgs;
    if (!this.org || !orgs) return undefined;
    const key = [orgs.key, this.org];
    if (this.#subtree && sameKey(this.#subtree.key, key)) return this.#subtree.ids;
    this.#subtree = { key, ids: subtreeIds(orgs.values(), this.org) };
    return this.#subtree.ids;
  }

  #chipsWidth(entries: readonly RosterEntry[]): string {
    const key = [entries, this.locale];
    if (this.#chipsWidth_?.key && sameKey(this.#chipsWidth_.key, key)) return this.#chipsWidth_.width;
    this.#chipsWidth_ = { key, width: chipsInlineSize(entries, this.locale) };
    return this.#chipsWidth_.width;
  }

  #orgChoices(): OrgOption[] {
    const orgs = this.#source()?.orgs;
    if (!orgs) return [];
    if (this.#orgOptions?.key !== orgs.key) this.#orgOptions = { key: orgs.key, options: orgOptions(orgs.values()) };
    return this.#orgOptions.options;
  }

  // ——— focus and keys ———

  /** The tab stop if its row is still shown, else the selected row, else the first. */
  #activeIn(shown: Shown): Active {
    const active = this._active;
    const loadingRow = active?.id?.startsWith('\u0000loading-') === true;
    if (active && (active.id === null || shown.positionOf.has(active.id) || loadingRow)) return active;
    const id =
      this.selected !== undefined && shown.positionOf.has(this.selected)
        ? this.selected
        : (shown.entries[0]?.member.id ?? loadingId(0));
    return { id, stop: 0 };
  }

  #positionOf(active: Active, shown: Shown): GridPosition {
    const loading = active.id?.startsWith('\u0000loading-') ? Number(active.id.slice(9)) : undefined;
    return { row: active.id === null ? -1 : (shown.positionOf.get(active.id) ?? loading ?? 0), stop: active.stop };
  }

  async #focusAt(position: GridPosition): Promise<void> {
    const shown = this.#shownEntries();
    if (!shown) return;
    const id = position.row < 0 ? null : (shown.entries[position.row]?.member.id ?? loadingId(position.row));
    this._active = { id, stop: position.stop };
    this._tipsHidden = false;
    await this.updateComplete;
    const row =
      id === null
        ? this.renderRoot.querySelector('.header')
        : this.renderRoot.querySelector(`.body [data-member-id="${CSS.escape(id)}"]`);
    // A sortable header cell holds its button: the button takes focus.
    const target = row?.querySelector<HTMLElement>(`[data-stop="${position.stop}"]`);
    const focusable = target?.querySelector<HTMLElement>('button') ?? target;
    focusable?.focus({ preventScroll: true });
    focusable?.scrollIntoView({ block: 'nearest' });
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    const shown = this.#shownEntries();
    if (!shown || shown.entries.length === 0 || event.altKey) return;
    const at = this.#positionOf(this.#activeIn(shown), shown);
    if (event.key === 'Escape') return this.#hideTips(event);
    if (event.key === 'Enter' || (event.key === ' ' && at.row < 0)) {
      event.preventDefault();
      const entry = shown.entries[at.row];
      if (at.row < 0) return this.#sortBy(rosterGridColumns[at.stop]?.sort);
      return entry ? this.#select(entry) : undefined;
    }
    const next = nextPosition(event.key, event.ctrlKey || event.metaKey, at, {
      rows: shown.entries.length,
      stopsIn: (row) => {
        const entry = row < 0 ? undefined : shown.entries[row];
        return row < 0 ? rosterGridColumns.length : entry ? stopsOf(entry) : 1;
      },
      page: this.#window.rowsPerPage,
    });
    if (!next) {
      // Space would scroll the grid a page and leave the focused cell out of view.
      if (event.key === ' ') event.preventDefault();
      return;
    }
    event.preventDefault();
    void this.#focusAt(next);
  };

  #hideTips(event: KeyboardEvent): void {
    if (this._tipsHidden) return;
    this._tipsHidden = true;
    event.preventDefault();
  }

  #onFocusIn = (event: FocusEvent): void => {
    const stopElement = event
      .composedPath()
      .find((target): target is HTMLElement => target instanceof HTMLElement && target.dataset['stop'] !== undefined);
    const row = event
      .composedPath()
      .find((target): target is HTMLElement => target instanceof HTMLElement && target.getAttribute('role') === 'row');
    if (stopElement?.classList.contains('chip')) this.#placeTipOf(stopElement);
    if (!stopElement || !row) return;
    const id = row.classList.contains('header') ? null : (row.dataset['memberId'] ?? null);
    const stop = Number(stopElement.dataset['stop']);
    if (this._active?.id !== id || this._active.stop !== stop) {
      this._active = { id, stop };
      this._tipsHidden = false;
    }
  };

  #onPointerOver = (event: PointerEvent): void => {
    const chip = event
      .composedPath()
      .find((target): target is HTMLElement => target instanceof HTMLElement && target.classList.contains('chip-wrap'));
    if (chip) this.#placeTipOf(chip);
  };

  /** Keeps a chip's reason inside the grid's visible box (the last row's would be cut off). */
  #placeTipOf(chipOrWrap: HTMLElement): void {
    const wrap = chipOrWrap.closest<HTMLElement>('.chip-wrap');
    const grid = this.renderRoot.querySelector<HTMLElement>('.grid');
    if (!wrap || !grid) return;
    placeTip(wrap, visibleBounds(grid));
    // :hover may apply only once the pointer event is handled: place it again when it shows.
    requestAnimationFrame(() => placeTip(wrap, visibleBounds(grid)));
  }

  #onClick = (event: MouseEvent): void => {
    const path = event.composedPath();
    const sort = path.find(
      (target): target is HTMLElement => target instanceof HTMLElement && target.dataset['sort'] !== undefined,
    );
    if (sort) return this.#sortBy(sort.dataset['sort'] as SortKey);
    const row = path.find(
      (target): target is HTMLElement => target instanceof HTMLElement && target.dataset['memberId'] !== undefined,
    );
    const shown = this.#shownEntries();
    const position = row && shown?.positionOf.get(row.dataset['memberId']!);
    const entry = position === undefined ? undefined : shown?.entries[position];
    if (entry) this.#select(entry);
  };

  #select(entry: RosterEntry): void {
    const { member, classification } = entry;
    const event = new DjMemberSelectEvent({ memberId: member.id, member, classification });
    if (this.dispatchEvent(event)) this.selected = member.id;
  }

  #sortBy(key: SortKey | undefined): void {
    if (!key) return;
    this.direction = this.sort === key && this.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = key;
    const column = rosterGridColumns.find((each) => each.sort === key)!;
    this._announcement = localize(say.sortedBy, { column: column.header, direction: say[this.direction] });
  }

  #announceCount(): void {
    // Read after the filters apply: the count is of the next render's rows.
    void this.updateComplete.then(() => {
      const count = this.#shownEntries()?.entries.length ?? 0;
      this._announcement = localize(say.count, { count });
    });
  }

  #onFilter = (name: FilterName, value: string | undefined): void => {
    if (name === 'stage') this.stage = value as Stage | undefined;
    else this[name] = value;
  };

  #onUnmask = (): void => {
    if (this.unmask) {
      this.unmask = false;
      return;
    }
    if (this.dispatchEvent(new DjUnmaskRequestEvent({ fields: ['idNumber', 'phone'] }))) this.unmask = true;
  };
}

const sameKey = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((part, at) => part === b[at]);

declare global {
  interface HTMLElementTagNameMap {
    'dj-member-roster': DjMemberRoster;
  }
}
