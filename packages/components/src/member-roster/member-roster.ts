import {
  localize,
  shanghaiDate,
  type Classifier,
  type LocalizedText,
  type Member,
  type MemberQuery,
  type Org,
  type Stage,
} from '@dangjian/core';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { VirtualWindowController } from '../org-tree/virtual-window.js';
import { positionsToRender } from '../org-tree/window-range.js';
import { defaultClassifier } from '../shared/classifications.js';
import { cssProperties } from '../shared/css-properties.js';
import { DjElement } from '../shared/dj-element.js';
import { elementInPath } from '../shared/event-path.js';
import { liveRegion } from '../shared/live-region.js';
import { memo } from '../shared/memo.js';
import { subtreeIds } from '../shared/org-subtree.js';
import { valuesOf, type RecordSource } from '../shared/record-source.js';
import { todayInShanghai } from '../shared/today.js';
import { DjUnmaskRequestEvent } from '../shared/unmask.js';
import { shownChipsInlineSize } from './chips-width.js';
import { ChipTips } from './chip-tips.js';
import { rosterGridColumns } from './columns.js';
import { DjMemberSelectEvent } from './events.js';
import { activeIn, entryWithId, focusableAt, idAt, stopOfFocus, type Active, type Shown } from './grid-focus.js';
import type { GridPosition } from './grid-keys.js';
import { memberRosterMessages as messages } from './messages.js';
import { memberRosterStyles } from './member-roster.styles.js';
import { PagedRows, pageSize, queryOf } from './paged-rows.js';
import { classifiedEntries, orgNamesOf, shownEntries, shownEntriesKey } from './roster-data.js';
import { orgOptions } from './org-options.js';
import { OrgSearch } from './org-search.js';
import { renderFilters, type FilterContext, type FilterName } from './roster-filters.js';
import { renderHeader, renderUnmask } from './roster-header.js';
import { sortEntries, type RosterEntry, type SortDirection, type SortKey } from './roster-model.js';
import { rosterKeyDown } from './roster-keys.js';
import { renderBodyRows } from './roster-row.js';

/** Up to 60 rows are all rendered; beyond, only those in view (plus a margin of 8). No orgs given:
 * one empty array, so the memos see no change. */
const [renderAllUpTo, overscan, noOrgs] = [60, 8, [] as readonly Org[]];

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
 * @csspart filter - Each filter `<select>`; past 200 orgs the org filter is a search box (combobox).
 * @csspart filter-options - The list of orgs matching what is typed in the org search box.
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

  readonly #window = new VirtualWindowController(this, {
    viewport: () => this.renderRoot.querySelector<HTMLElement>('.grid'),
    list: () => this.renderRoot.querySelector<HTMLElement>('.body'),
    sampleRow: () => this.renderRoot.querySelector<HTMLElement>('.body [role="row"]'),
    renderAllUpTo,
    overscan,
  });
  readonly #tips = new ChipTips(this, () => this.renderRoot.querySelector<HTMLElement>('.grid'));
  readonly #paged = new PagedRows(() => this.requestUpdate());
  readonly #onKeyDown = rosterKeyDown({
    shown: () => this.#shownEntries(),
    active: () => this._active,
    selected: () => this.selected,
    rowsPerPage: () => this.#window.rowsPerPage,
    hideTips: (event) => this.#tips.hide(event),
    sortBy: (key) => this.#sortBy(key),
    select: (entry) => this.#select(entry),
    focusAt: (position) => void this.#focusAt(position),
  });
  readonly #entriesOf = memo(classifiedEntries);
  readonly #sortedOf = memo(sortEntries);
  readonly #shownOf = memo(shownEntries, shownEntriesKey);
  readonly #subtreeOf = memo((orgs: RecordSource<Org>, orgId: string) => subtreeIds(valuesOf(orgs), orgId));
  readonly #orgOptionsOf = memo((orgs: RecordSource<Org>) => orgOptions(valuesOf(orgs)));
  readonly #orgSearch = new OrgSearch(this);
  readonly #chipsWidthOf = memo(shownChipsInlineSize);
  #hadFocus = false;

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

  /** The server query for the filters and order, and the key its pages are kept under. */
  #pagedRequest(): { query: MemberQuery; key: string } {
    const filter = { category: this.category, care: this.care, orgId: this.org, stage: this.stage };
    const query = queryOf(filter, this.sort, this.direction);
    return { query, key: JSON.stringify([this.workspace?.revision, query, this.#asOf()]) };
  }

  /** Asks the server for the pages the grid shows now (the first one before anything is known). */
  #fetchRowsInView(): void {
    const workspace = this.workspace;
    if (!workspace || !this.#isPaged()) return;
    const { query, key } = this.#pagedRequest();
    const shown = this.#paged.shown(key);
    const { start, end } = shown ? this.#window.range(shown.entries.length) : { start: 0, end: pageSize };
    const orgNames = orgNamesOf(workspace.snapshot.orgs);
    this.#paged.ensure(start, end, (page) => workspace.members(page), query, orgNames, this.#asOf());
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const shown = this.#shownEntries();
    if (!shown) return html`<p class="status" part="status" role="status">${this.say(messages.loading)}</p>`;
    const filters = { category: this.category, care: this.care, org: this.org, stage: this.stage };
    const orgs = this.#source()?.orgs;
    const rules = (this.classifier ?? defaultClassifier()).ruleSet;
    return html`<div class="toolbar">
        ${renderFilters(filters, orgs ? this.#orgOptionsOf(orgs) : [], rules, this.#filterContext)}
        <span class="count" part="count">${this.say(messages.count, { count: shown.entries.length })}</span>
        ${this.allowUnmask ? renderUnmask(this.unmask, this.say, this.#onUnmask) : ''}
      </div>
      ${shown.entries.length === 0 ? this.#renderEmpty() : this.#renderGrid(shown)}
      ${liveRegion(this._announcement && this.say(this._announcement))}`;
  }

  #renderEmpty(): TemplateResult {
    const filtered = this.category ?? this.care ?? this.org ?? this.stage;
    const total = this.#isPaged() ? (filtered === undefined ? 0 : 1) : (this.#sortedEntries()?.length ?? 0);
    return html`<p class="status" part="status">${this.say(total === 0 ? messages.empty : messages.noMatches)}</p>`;
  }

  #renderGrid(shown: Shown): TemplateResult {
    const active = activeIn(this._active, shown, this.selected);
    const locale = this.locale;
    const focused = active.id === null ? undefined : shown.positionOf.get(active.id);
    const positions = positionsToRender(this.#window.range(shown.entries.length), [focused]);
    const loadingText = this.say(messages.loading);
    return html`<div
      class="grid ${this.#tips.hidden ? 'tips-hidden' : ''}"
      part="grid"
      role="grid"
      aria-label=${this.label ?? this.say(messages.label)}
      aria-rowcount=${shown.entries.length + 1}
      aria-colcount=${rosterGridColumns.length}
      ${cssProperties({ '--_dj-chips-inline-size': this.#chipsWidthOf(shown, locale) })}
      @keydown=${this.#onKeyDown}
      @click=${this.#onClick}
      @focusin=${this.#onFocusIn}
      @pointerover=${this.#tips.onPointerOver}
    >
      <div role="rowgroup" class="head">
        ${renderHeader({ active, sort: this.sort, direction: this.direction }, this.say)}
      </div>
      <div role="rowgroup" class="body" ${cssProperties({ '--_dj-rows': shown.entries.length })}>
        ${renderBodyRows(shown, positions, { active, selected: this.selected, unmask: this.unmask, locale, loadingText })}
      </div>
    </div>`;
  }

  // ——— data, memoised by identity ———

  #asOf(): string {
    return this.asOf ? shanghaiDate(this.asOf) : todayInShanghai();
  }

  /** The members and orgs shown: given, or the workspace's. */
  #source(): { members: RecordSource<Member>; orgs: RecordSource<Org> } | undefined {
    if (this.members) return { members: this.members, orgs: this.orgs ?? noOrgs };
    const snapshot = this.workspaceSnapshot;
    return snapshot && { members: snapshot.members, orgs: snapshot.orgs };
  }

  #sortedEntries(): RosterEntry[] | undefined {
    const source = this.#source();
    if (!source) return undefined;
    const entries = this.#entriesOf(source.members, source.orgs, this.#asOf(), this.classifier);
    return this.#sortedOf(entries, this.sort, this.direction);
  }

  #shownEntries(): Shown | undefined {
    if (this.#isPaged()) return this.#paged.shown(this.#pagedRequest().key);
    const sorted = this.#sortedEntries();
    if (!sorted) return undefined;
    const orgs = this.#source()!.orgs;
    const subtree = this.org ? this.#subtreeOf(orgs, this.org) : undefined;
    return this.#shownOf(sorted, { category: this.category, care: this.care, stage: this.stage }, subtree);
  }

  // ——— focus and keys ———

  async #focusAt(position: GridPosition): Promise<void> {
    const shown = this.#shownEntries();
    if (!shown) return;
    const id = idAt(shown, position.row);
    this._active = { id, stop: position.stop };
    this.#tips.show();
    await this.updateComplete;
    const focusable = focusableAt(this.renderRoot, id, position.stop);
    focusable?.focus({ preventScroll: true });
    focusable?.scrollIntoView({ block: 'nearest' });
  }

  #onFocusIn = (event: FocusEvent): void => {
    const { active, stopElement } = stopOfFocus(event);
    if (stopElement?.classList.contains('chip')) this.#tips.place(stopElement);
    if (active && (this._active?.id !== active.id || this._active.stop !== active.stop)) {
      this._active = active;
      this.#tips.show();
    }
  };

  #onClick = (event: MouseEvent): void => {
    const sort = elementInPath(event, (element) => element.dataset['sort'] !== undefined);
    if (sort) return this.#sortBy(sort.dataset['sort'] as SortKey);
    const memberId = elementInPath(event, (element) => element.dataset['memberId'] !== undefined)?.dataset['memberId'];
    const entry = entryWithId(this.#shownEntries(), memberId);
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
    this._announcement = localize(messages.sortedBy, { column: column.header, direction: messages[this.direction] });
  }

  #announceCount(): void {
    // Read after the filters apply: the count is of the next render's rows.
    void this.updateComplete.then(() => {
      const count = this.#shownEntries()?.entries.length ?? 0;
      this._announcement = localize(messages.count, { count });
    });
  }

  get #filterContext(): FilterContext {
    const onChange = (name: FilterName, value: string | undefined): void => {
      if (name === 'stage') this.stage = value as Stage | undefined;
      else this[name] = value;
    };
    return { locale: this.locale, say: this.say, orgSearch: this.#orgSearch, onChange };
  }

  #onUnmask = (): void => {
    if (this.unmask) this.unmask = false;
    else if (this.dispatchEvent(new DjUnmaskRequestEvent({ fields: ['idNumber', 'phone'] }))) this.unmask = true;
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'dj-member-roster': DjMemberRoster;
  }
}
