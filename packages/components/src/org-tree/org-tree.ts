import { localize, subtreeMemberCounts, type LocalizedText, type MemberCount, type Org } from '@dangjian/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { cssProperties } from '../shared/css-properties.js';
import { keyedRows } from '../shared/keyed-rows.js';
import { DjElement } from '../shared/dj-element.js';
import { dragListeners } from './drag-and-drop.js';
import { DjOrgSelectEvent, DjOrgToggleEvent } from './events.js';
import { orgTreeMessages } from './messages.js';
import { OrgMoveController } from './move-controller.js';
import { orgTreeStyles } from './org-tree.styles.js';
import { isInvalidDrop, renderRow, type RowView } from './tree-row.js';
import { OrgTreeModel, type VisibleRow } from './tree-model.js';
import { normalizeQuery, searchOrgs, type OrgSearch } from './tree-search.js';
import { VirtualWindowController } from './virtual-window.js';

/** The rows of one render and where each id sits among them. */
interface RowIndex {
  readonly rows: readonly VisibleRow[];
  readonly positionOf: ReadonlyMap<string, number>;
}

/** Up to this many visible rows are all rendered; beyond, only those in view (plus a margin). */
const renderAllUpTo = 150;
const overscan = 10;

/**
 * The Party organisation hierarchy (党委 → 党总支 → 党支部 → 党小组): browse, search, count and,
 * when `movable`, reorganise.
 *
 * Give it data (`.orgs`, optionally `.memberCounts`), or put it inside a `<dj-provider>` and it
 * shows the workspace's orgs with their members, re-rendering after every command. `.orgs`, when
 * set, wins over the workspace.
 *
 * **Keyboard** (WAI-ARIA tree pattern, single select): the tree is one tab stop; Up/Down move
 * between visible rows, PageUp/PageDown by a screenful, Right expands (or moves to the first
 * child), Left collapses (or moves to the parent), Home/End go to the first/last row, `*`
 * expands the siblings, Enter/Space select. Rows are one flat list of the visible orgs, each with
 * `aria-level`, `aria-setsize` and `aria-posinset`.
 *
 * **Large trees**: only the rows in view (plus a margin) are in the DOM once more than 150 rows
 * are visible; the focused row stays rendered while scrolled away, so focus survives scrolling.
 * Give the element a height (or `--dj-org-tree-max-height`) to scroll inside it; otherwise it
 * grows and the page scrolls.
 *
 * **Search**: the search box keeps the orgs whose name contains the text, with their ancestors
 * (expanded), and marks the matching text. ArrowDown moves from the box into the tree; Escape
 * clears it.
 *
 * **Moving** (`movable`): drag a row onto its new parent, or press Ctrl+X on a row, go to the new
 * parent and press Ctrl+V (Escape cancels). Rows whose kind may not hold the org
 * (`allowedChildKinds`) or that lie below it are marked while it is picked up. The move is
 * checked by core's `moveOrg` first: a refused move shows the command's typed error in an alert.
 * Then a cancelable `dj-org-move-request` is fired; connected, the tree runs `moveOrg` on the
 * workspace, given `.orgs` the page applies the move and sets `.orgs` again.
 *
 * @summary Party organisation tree: virtualised, searchable, with member counts and drag or keyboard move.
 *
 * @event {DjOrgSelectEvent} dj-org-select - A reader chose an org (click, Enter, Space). `event.orgId`, `event.detail.org`. Cancelable: cancel to keep the current selection.
 * @event {DjOrgToggleEvent} dj-org-toggle - A reader expanded or collapsed an org. `event.orgId`, `event.expanded`.
 * @event {DjOrgMoveRequestEvent} dj-org-move-request - A reader moved an org and the rules allow it. `event.orgId`, `event.parentId`. Cancelable: cancel to refuse. With `.orgs`, apply the move and set `.orgs` again.
 * @event {DjOrgMovedEvent} dj-org-moved - Connected: the workspace saved a move. `event.orgId`, `event.detail.parentId`, `event.detail.revision`.
 *
 * @slot empty - Shown when there are no orgs. Defaults to a localized “no Party organisations” text.
 *
 * @csspart search - The search text box.
 * @csspart viewport - The scroll box around the tree.
 * @csspart tree - The `role="tree"` container.
 * @csspart item - Each row (`role="treeitem"`).
 * @csspart item-selected - The selected row, in addition to `item`.
 * @csspart item-picked - The row picked up for moving (Ctrl+X or dragging).
 * @csspart item-drop-target - The row a dragged org would be dropped under.
 * @csspart item-drop-invalid - Rows that cannot take the picked-up org.
 * @csspart toggle - The expand/collapse chevron (empty on a leaf, kept for alignment).
 * @csspart label - The org's name.
 * @csspart match - The part of a name that matches the search.
 * @csspart kind - The kind badge: 党委, 党总支, 党支部, 党小组.
 * @csspart count - The member count badge (members of the org and every org below it).
 * @csspart error - The alert (`role="alert"`) that explains a refused move.
 * @csspart dismiss - The button that closes the alert.
 * @csspart empty - The empty-state text.
 * @csspart no-matches - The text shown when a search matches nothing.
 * @csspart loading - The text shown while no orgs and no workspace have arrived.
 *
 * @cssproperty --dj-color-primary - Accent: selection bar, kind badge, focus ring. Default 党建红 #c8161d.
 * @cssproperty --dj-color-primary-subtle - Background of the selected row and of search matches.
 * @cssproperty --dj-color-text - Text colour.
 * @cssproperty --dj-color-text-muted - Chevrons, counts and status text.
 * @cssproperty --dj-color-surface - Background.
 * @cssproperty --dj-color-hover - Background of a row under the pointer.
 * @cssproperty --dj-color-border - Borders of the search box and the count badges.
 * @cssproperty --dj-color-focus - Focus ring; defaults to the primary colour.
 * @cssproperty --dj-font-family - Font stack.
 * @cssproperty --dj-font-size - Base font size.
 * @cssproperty --dj-radius - Corner radius of rows and badges.
 * @cssproperty --dj-space - Base spacing unit.
 * @cssproperty --dj-org-tree-indent - Indent per level. Default 1.25rem.
 * @cssproperty --dj-org-tree-row-height - Height of every row. Default 2.25rem.
 * @cssproperty --dj-org-tree-max-height - Height after which the tree scrolls inside itself. Default none.
 */
export class DjOrgTree extends DjElement {
  static override styles = orgTreeStyles;

  /** The orgs to show (data-in mode). Leave unset to show the orgs of the provided workspace. */
  @property({ attribute: false })
  orgs: readonly Org[] | undefined;

  /**
   * Members per org, subtree included, for the count badges in data-in mode (core's
   * `subtreeMemberCounts` gives exactly this). Connected, the counts come from the workspace.
   */
  @property({ attribute: false })
  memberCounts: ReadonlyMap<string, MemberCount> | undefined;

  /** Id of the selected org. Setting it expands the org's ancestors so the row can be seen. */
  @property()
  selected: string | undefined;

  /**
   * How many levels start expanded: orgs at level ≤ `expand-depth` (roots are level 1) are open,
   * so `expand-depth + 1` levels are visible. 0 shows the roots only.
   */
  @property({ type: Number, attribute: 'expand-depth' })
  expandDepth = 2;

  /** Accessible name of the tree. Defaults to “党组织架构” / “Party organisations”. */
  @property()
  label: string | undefined;

  /** Lets the reader move orgs (drag and drop, Ctrl+X / Ctrl+V). Off: the tree is read-only. */
  @property({ type: Boolean, reflect: true })
  movable = false;

  /** Hides the search box. */
  @property({ type: Boolean, attribute: 'no-search' })
  noSearch = false;

  /** Hides the member counts, even when they are known. */
  @property({ type: Boolean, attribute: 'no-counts' })
  noCounts = false;

  /** Orgs the reader opened or closed; every other org follows `expandDepth`. */
  @state()
  private _expansion: ReadonlyMap<string, boolean> = new Map();

  /** While searching: orgs the reader closed (every shown org with shown children starts open). */
  @state()
  private _searchExpansion: ReadonlyMap<string, boolean> = new Map();

  /** What the search box holds. */
  @state()
  private _query = '';

  /** The row that holds the tab stop (roving tabindex). */
  @state()
  private _activeId: string | undefined;

  /** The last thing said in the polite live region. */
  @state()
  private _announcement: LocalizedText | undefined;

  readonly #window = new VirtualWindowController(this, {
    viewport: () => this.renderRoot.querySelector<HTMLElement>('.viewport'),
    list: () => this.renderRoot.querySelector<HTMLElement>('[role="tree"]'),
    sampleRow: () => this.renderRoot.querySelector<HTMLElement>('[role="treeitem"]'),
    renderAllUpTo,
    overscan,
  });
  readonly #move = new OrgMoveController(this, {
    model: () => this.#currentModel(),
    orgs: () => this.orgs,
    workspace: () => this.workspace,
    announce: (text) => this.#announce(text),
    reveal: (orgId, parentId) => this.#reveal(orgId, parentId),
  });
  readonly #drag = dragListeners({
    move: this.#move,
    orgOf: (event) => this.#rowOf(event)?.org,
    movable: () => this.movable,
    contains: (node) => this.renderRoot.contains(node),
  });
  #model: { source: unknown; model: OrgTreeModel } | undefined;
  #search: { model: OrgTreeModel; query: string; search: OrgSearch } | undefined;
  #rowIndex: { key: readonly unknown[]; index: RowIndex } | undefined;
  #hadFocus = false;

  /** Opens every org that has children. */
  expandAll(): void {
    this.#setAll(true);
  }

  /** Closes every org, leaving the roots. */
  collapseAll(): void {
    this.#setAll(false);
  }

  /** Focuses the row holding the tab stop, so `tree.focus()` lands where Tab would. */
  override focus(options?: FocusOptions): void {
    const index = this.#rows();
    const activeId = index && this.#activeIdIn(index);
    const row = activeId === undefined ? null : this.#rowElement(activeId);
    if (row) row.focus(options);
    else super.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('selected') || changed.has('orgs') || changed.has('workspace')) this.#revealSelected();
    if (changed.has('movable') && !this.movable) this.#move.cancel(true);
    this.#hadFocus = this.shadowRoot?.activeElement != null;
  }

  protected override updated(): void {
    // The focused row disappeared (moved, deleted, collapsed from outside): keep focus in the tree.
    if (this.#hadFocus && this.shadowRoot?.activeElement == null) this.focus({ preventScroll: true });
  }

  protected override render(): TemplateResult {
    const index = this.#rows();
    if (!index) {
      return html`<p class="status" part="loading" role="status">${this.say(orgTreeMessages.loading)}</p>`;
    }
    if (this.#currentModel()?.size === 0) {
      return html`<p class="status" part="empty" role="status">
        <slot name="empty">${this.say(orgTreeMessages.empty)}</slot>
      </p>`;
    }
    return html`${this.#renderSearch()} ${this.#renderError()}
      ${index.rows.length === 0 ? this.#renderNoMatches() : this.#renderTree(index)}
      <div class="visually-hidden" role="status" aria-live="polite">
        ${this._announcement ? this.say(this._announcement) : nothing}
      </div>`;
  }

  #renderSearch(): TemplateResult | typeof nothing {
    if (this.noSearch) return nothing;
    return html`<input
      class="search"
      part="search"
      type="search"
      autocomplete="off"
      aria-label=${this.say(orgTreeMessages.searchLabel)}
      placeholder=${this.say(orgTreeMessages.searchPlaceholder)}
      .value=${live(this._query)}
      @input=${this.#onSearchInput}
      @keydown=${this.#onSearchKeyDown}
    />`;
  }

  #renderError(): TemplateResult | typeof nothing {
    const error = this.#move.error;
    if (!error) return nothing;
    // Only the message is the alert: the button's name is not part of what is announced.
    return html`<div class="error-bar">
      <div class="error" part="error" role="alert">
        ${this.say(localize(orgTreeMessages.moveRefused, { reason: error.text }))}
      </div>
      <button class="dismiss" part="dismiss" type="button" @click=${this.#onDismiss}>
        ${this.say(orgTreeMessages.dismiss)}
      </button>
    </div>`;
  }

  #renderNoMatches(): TemplateResult {
    const text = localize(orgTreeMessages.noMatches, { query: this._query.trim() });
    return html`<p class="status" part="no-matches">${this.say(text)}</p>`;
  }

  #renderTree(index: RowIndex): TemplateResult {
    const activeId = this.#activeIdIn(index);
    const counts = this.#counts();
    const locale = this.locale;
    const views = this.#renderedPositions(index, activeId).map((position) =>
      this.#rowView(index.rows[position]!, position, activeId, counts),
    );
    return html`<div class="viewport" part="viewport">
      <div
        class="tree"
        part="tree"
        role="tree"
        aria-label=${this.label ?? this.say(orgTreeMessages.label)}
        ${cssProperties({ '--_dj-rows': index.rows.length })}
        @keydown=${this.#onKeyDown}
        @click=${this.#onClick}
        @focusin=${this.#onFocusIn}
        @dragstart=${this.#drag.dragstart}
        @dragover=${this.#drag.dragover}
        @dragleave=${this.#drag.dragleave}
        @drop=${this.#drag.drop}
        @dragend=${this.#drag.dragend}
      >
        ${keyedRows(
          views,
          (view) => view.row.org.id,
          (view) => renderRow(view, locale),
        )}
      </div>
    </div>`;
  }

  /**
   * Positions of the rows to put in the DOM, in order: the window in view, plus the focused row
   * and the row being moved when they are scrolled away (a removed element would lose focus,
   * and a removed drag source would never hear its `dragend`).
   */
  #renderedPositions(index: RowIndex, activeId: string | undefined): number[] {
    const { start, end } = this.#window.range(index.rows.length);
    const positions = Array.from({ length: end - start }, (_, offset) => start + offset);
    for (const id of [activeId, this.#move.picked?.orgId]) {
      const position = id === undefined ? undefined : index.positionOf.get(id);
      if (position !== undefined && (position < start || position >= end)) positions.push(position);
    }
    return [...new Set(positions)].sort((a, b) => a - b);
  }

  #rowView(
    row: VisibleRow,
    index: number,
    activeId: string | undefined,
    counts: ReadonlyMap<string, MemberCount> | undefined,
  ): RowView {
    const id = row.org.id;
    const picked = this.#move.picked?.orgId === id;
    const refusal = this.#move.refusalFor(id);
    const drop = this.#move.dropTarget === id ? 'target' : isInvalidDrop(refusal) ? 'invalid' : undefined;
    return {
      row,
      index,
      selected: id === this.selected,
      tabStop: id === activeId,
      query: this.#activeSearch()?.query,
      count: counts?.get(id),
      draggable: this.movable,
      picked,
      drop,
    };
  }

  /** The orgs to show, keyed by identity so the model is rebuilt only when they change. */
  #source(): { key: unknown; orgs: () => Iterable<Org> } | undefined {
    const orgs = this.orgs;
    if (orgs) return { key: orgs, orgs: () => orgs };
    const table = this.workspaceSnapshot?.orgs;
    return table && { key: table, orgs: () => table.values() };
  }

  #currentModel(): OrgTreeModel | undefined {
    const source = this.#source();
    if (!source) return undefined;
    const cached = this.#model;
    if (cached && cached.source === source.key) return cached.model;
    const model = new OrgTreeModel(source.orgs());
    this.#model = { source: source.key, model };
    return model;
  }

  /** Member counts for the badges: given, or computed from the workspace; none when hidden. */
  #counts(): ReadonlyMap<string, MemberCount> | undefined {
    if (this.noCounts) return undefined;
    if (this.orgs) return this.memberCounts;
    // A workspace that pages members holds none: the server counts them.
    if (this.workspace?.memberCounts) return this.workspace.memberCounts;
    const snapshot = this.workspaceSnapshot;
    return snapshot && subtreeMemberCounts(snapshot);
  }

  /** The search in force, recomputed only when the orgs or the query change. */
  #activeSearch(): OrgSearch | undefined {
    const model = this.#currentModel();
    const query = normalizeQuery(this._query);
    if (!model || query === undefined || this.noSearch) return undefined;
    const cached = this.#search;
    if (cached?.model === model && cached.query === query) return cached.search;
    const search = searchOrgs(model, query);
    this.#search = { model, query, search };
    return search;
  }

  /** The visible rows, recomputed only when the orgs, the expansion or the search changed. */
  #rows(): RowIndex | undefined {
    const model = this.#currentModel();
    if (!model) return undefined;
    const search = this.#activeSearch();
    const key = [model, search, search ? this._searchExpansion : this._expansion, this.expandDepth];
    const cached = this.#rowIndex;
    if (cached && cached.key.every((part, at) => part === key[at])) return cached.index;
    const rows = search
      ? model.visibleRows(
          (org) => this._searchExpansion.get(org.id) ?? true,
          (org) => search.included.has(org.id),
        )
      : model.visibleRows((org, level) => this._expansion.get(org.id) ?? level <= this.expandDepth);
    const index = { rows, positionOf: new Map(rows.map((row, position) => [row.org.id, position])) };
    this.#rowIndex = { key, index };
    return index;
  }

  /** The tab stop: the last focused row if still visible, else the selected row, else the first. */
  #activeIdIn(index: RowIndex): string | undefined {
    for (const id of [this._activeId, this.selected]) {
      if (id !== undefined && index.positionOf.has(id)) return id;
    }
    return index.rows[0]?.org.id;
  }

  #revealSelected(): void {
    const model = this.#currentModel();
    if (!model || this.selected === undefined) return;
    this.#setExpanded(model.ancestorIds(this.selected), true, false);
  }

  /** After a move: open the new parent's branch and follow the org there. */
  #reveal(orgId: string, parentId: string): void {
    const model = this.#currentModel();
    this.#setExpanded([parentId, ...(model?.ancestorIds(parentId) ?? [])], true, false);
    void this.#focusRow(orgId);
  }

  /**
   * Records an expansion change, in the search's own map while a search is shown (closing a
   * branch of the results must not close it in the full tree); returns the ids that changed.
   */
  #setExpanded(ids: readonly string[], expanded: boolean, inSearch = this.#activeSearch() !== undefined): string[] {
    const current = inSearch ? this._searchExpansion : this._expansion;
    const changed = ids.filter((id) => current.get(id) !== expanded);
    if (changed.length === 0) return changed;
    const next = new Map(current);
    for (const id of changed) next.set(id, expanded);
    if (inSearch) this._searchExpansion = next;
    else this._expansion = next;
    return changed;
  }

  #setAll(expanded: boolean): void {
    const model = this.#currentModel();
    if (model) this.#setExpanded(model.parentIds(), expanded);
  }

  #toggle(row: VisibleRow, expanded: boolean): void {
    if (!row.hasChildren || this.#setExpanded([row.org.id], expanded).length === 0) return;
    this.dispatchEvent(new DjOrgToggleEvent({ orgId: row.org.id, org: row.org, expanded }));
  }

  #select(row: VisibleRow): void {
    const event = new DjOrgSelectEvent({ orgId: row.org.id, org: row.org });
    if (this.dispatchEvent(event)) this.selected = row.org.id;
  }

  #announce(text: LocalizedText): void {
    this._announcement = text;
  }

  #rowElement(orgId: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[role='treeitem'][data-org-id='${CSS.escape(orgId)}']`);
  }

  /** Moves the tab stop and focus to a row, once it has been rendered, and scrolls it into view. */
  async #focusRow(orgId: string): Promise<void> {
    this._activeId = orgId;
    await this.updateComplete;
    const row = this.#rowElement(orgId);
    if (!row) return;
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: 'nearest' });
  }

  #rowOf(event: Event): VisibleRow | undefined {
    const element = event
      .composedPath()
      .find(
        (target): target is HTMLElement => target instanceof HTMLElement && target.getAttribute('role') === 'treeitem',
      );
    const index = this.#rows();
    const position =
      element?.dataset['orgId'] === undefined ? undefined : index?.positionOf.get(element.dataset['orgId']);
    return position === undefined ? undefined : index?.rows[position];
  }

  #onFocusIn = (event: FocusEvent): void => {
    const row = this.#rowOf(event);
    if (row) this._activeId = row.org.id;
  };

  #onClick = (event: MouseEvent): void => {
    const row = this.#rowOf(event);
    if (!row) return;
    const onToggle = event.composedPath().some((target) => target instanceof HTMLElement && 'toggle' in target.dataset);
    if (onToggle && row.hasChildren) this.#toggle(row, !row.expanded);
    else this.#select(row);
    void this.#focusRow(row.org.id);
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    const row = this.#rowOf(event);
    if (!row) return;
    const handled = event.ctrlKey || event.metaKey ? this.#onMoveKey(event, row) : this.#onTreeKey(event, row);
    if (handled) event.preventDefault();
  };

  /** Ctrl+X picks the row up, Ctrl+V puts the picked org under the row (⌘ on a Mac). */
  #onMoveKey(event: KeyboardEvent, row: VisibleRow): boolean {
    if (!this.movable || event.altKey || event.shiftKey) return false;
    const key = event.key.toLowerCase();
    if (key === 'x') this.#move.pick(row.org.id, 'keyboard');
    else if (key === 'v' && this.#move.picked) void this.#move.drop(row.org.id);
    else return false;
    return true;
  }

  #onTreeKey(event: KeyboardEvent, row: VisibleRow): boolean {
    if (event.altKey) return false;
    const index = this.#rows();
    if (!index) return false;
    const position = index.positionOf.get(row.org.id) ?? 0;
    const focusAt = (at: number): void => {
      const target = index.rows[Math.max(0, Math.min(index.rows.length - 1, at))];
      if (target) void this.#focusRow(target.org.id);
    };
    switch (event.key) {
      case 'ArrowDown':
        focusAt(position + 1);
        break;
      case 'ArrowUp':
        focusAt(position - 1);
        break;
      case 'PageDown':
        focusAt(position + this.#window.rowsPerPage);
        break;
      case 'PageUp':
        focusAt(position - this.#window.rowsPerPage);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(index.rows.length - 1);
        break;
      case 'ArrowRight':
        if (row.hasChildren && !row.expanded) this.#toggle(row, true);
        else if (row.hasChildren) focusAt(position + 1);
        break;
      case 'ArrowLeft':
        if (row.expanded) this.#toggle(row, false);
        else if (row.parentId !== null) void this.#focusRow(row.parentId);
        break;
      case 'Enter':
      case ' ':
        this.#select(row);
        break;
      case '*':
        this.#expandSiblings(row);
        break;
      case 'Escape':
        return this.#onEscape();
      default:
        return false;
    }
    return true;
  }

  /** Escape cancels a pick, else closes the alert; otherwise it is left to the page (a dialog may want it). */
  #onEscape(): boolean {
    if (this.#move.picked) this.#move.cancel();
    else if (this.#move.error) this.#move.dismissError();
    else return false;
    return true;
  }

  #expandSiblings(row: VisibleRow): void {
    const model = this.#currentModel();
    if (!model) return;
    const parents = model.siblingsOf(row.org.id).filter((node) => node.children.length > 0);
    const opened = new Set(
      this.#setExpanded(
        parents.map((node) => node.org.id),
        true,
      ),
    );
    for (const node of parents) {
      if (opened.has(node.org.id)) {
        this.dispatchEvent(new DjOrgToggleEvent({ orgId: node.org.id, org: node.org, expanded: true }));
      }
    }
  }

  #onSearchInput = (event: InputEvent): void => {
    this._query = (event.target as HTMLInputElement).value;
    this._searchExpansion = new Map();
    const search = this.#activeSearch();
    this._announcement = search && localize(orgTreeMessages.searchResults, { count: search.matches.size });
  };

  /** ArrowDown goes from the search box to the tree; Escape empties the box. */
  #onSearchKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown') {
      const index = this.#rows();
      const first = index?.rows[0];
      if (!first) return;
      event.preventDefault();
      void this.#focusRow(first.org.id);
    } else if (event.key === 'Escape' && this._query !== '') {
      event.preventDefault();
      this._query = '';
      this._searchExpansion = new Map();
      this._announcement = undefined;
    }
  };

  #onDismiss = (): void => {
    this.#move.dismissError();
    this.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'dj-org-tree': DjOrgTree;
  }
}
