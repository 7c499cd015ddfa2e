import { localize, subtreeMemberCounts, type LocalizedText, type MemberCount, type Org } from '@dangjian/core';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssProperties } from '../shared/css-properties.js';
import { DjElement } from '../shared/dj-element.js';
import { liveRegion } from '../shared/live-region.js';
import { elementInPath } from '../shared/event-path.js';
import { keyedRows } from '../shared/keyed-rows.js';
import { memo } from '../shared/memo.js';
import { dragListeners } from './drag-and-drop.js';
import { DjOrgSelectEvent } from './events.js';
import { orgTreeMessages } from './messages.js';
import { OrgMoveController } from './move-controller.js';
import { orgTreeStyles } from './org-tree.styles.js';
import { renderMoveError, renderNoMatches, renderSearch, renderStatus } from './tree-chrome.js';
import { treeKeyDown } from './tree-keys.js';
import type { OrgTreeModel, VisibleRow } from './tree-model.js';
import { renderRow, rowViewOf } from './tree-row.js';
import { TreeExpansion } from './tree-expansion.js';
import { activeIdIn, rowWithId, treeModelOf, visibleRowIndex, type RowIndex } from './tree-rows.js';
import { normalizeQuery, searchOrgs, type OrgSearch } from './tree-search.js';
import { VirtualWindowController } from './virtual-window.js';
import { positionsToRender } from './window-range.js';

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
    announce: (text) => (this._announcement = text),
    reveal: (orgId, parentId) => this.#reveal(orgId, parentId),
  });
  readonly #drag = dragListeners({
    move: this.#move,
    orgOf: (event) => this.#rowOf(event)?.org,
    movable: () => this.movable,
    contains: (node) => this.renderRoot.contains(node),
  });
  readonly #expansion = new TreeExpansion(this);
  readonly #onKeyDown = treeKeyDown({
    rowOf: (event) => this.#rowOf(event),
    rows: () => this.#rows(),
    model: () => this.#currentModel(),
    rowsPerPage: () => this.#window.rowsPerPage,
    movable: () => this.movable,
    inSearch: () => this.#inSearch(),
    focusRow: (orgId) => void this.#focusRow(orgId),
    select: (row) => this.#select(row),
    move: this.#move,
    expansion: this.#expansion,
  });
  readonly #modelOf = memo(treeModelOf);
  readonly #searchOf = memo(searchOrgs);
  readonly #rowIndexOf = memo(visibleRowIndex);
  readonly #countsOf = memo(subtreeMemberCounts);
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
    const activeId = index && activeIdIn(index, [this._activeId, this.selected]);
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
    if (!index || this.#currentModel()?.size === 0) return renderStatus(index ? 'empty' : 'loading', this.say);
    const query = this.noSearch ? undefined : this._query;
    const search = renderSearch(query, this.say, this.#onSearchInput, this.#onSearchKeyDown);
    return html`${search} ${renderMoveError(this.#move.error, this.say, this.#onDismiss)}
    ${index.rows.length === 0 ? renderNoMatches(this._query, this.say) : this.#renderTree(index)}
    ${liveRegion(this._announcement && this.say(this._announcement))}`;
  }

  #renderTree(index: RowIndex): TemplateResult {
    const activeId = activeIdIn(index, [this._activeId, this.selected]);
    const locale = this.locale;
    const kept = [activeId, this.#move.picked?.orgId].map((id) => (id === undefined ? id : index.positionOf.get(id)));
    const positions = positionsToRender(this.#window.range(index.rows.length), kept);
    const query = this.#activeSearch()?.query;
    const tree = { selected: this.selected, activeId, query, counts: this.#counts(), movable: this.movable };
    const views = positions.map((position) => rowViewOf(index.rows[position]!, position, this.#move, tree));
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

  // ——— data, memoised by identity ———

  /** The tree of the orgs shown: given, or the workspace's; rebuilt only when they change. */
  #currentModel(): OrgTreeModel | undefined {
    const orgs = this.orgs ?? this.workspaceSnapshot?.orgs;
    return orgs && this.#modelOf(orgs);
  }

  /** Member counts for the badges: given, or computed from the workspace; none when hidden. */
  #counts(): ReadonlyMap<string, MemberCount> | undefined {
    if (this.noCounts) return undefined;
    if (this.orgs) return this.memberCounts;
    // A workspace that pages members holds none: the server counts them.
    if (this.workspace?.memberCounts) return this.workspace.memberCounts;
    const snapshot = this.workspaceSnapshot;
    return snapshot && this.#countsOf(snapshot);
  }

  /** The search in force, recomputed only when the orgs or the query change. */
  #activeSearch(): OrgSearch | undefined {
    const model = this.#currentModel();
    const query = normalizeQuery(this._query);
    if (!model || query === undefined || this.noSearch) return undefined;
    return this.#searchOf(model, query);
  }

  /** The visible rows, recomputed only when the orgs, the expansion or the search changed. */
  #rows(): RowIndex | undefined {
    const model = this.#currentModel();
    if (!model) return undefined;
    const search = this.#activeSearch();
    return this.#rowIndexOf(model, search, this.#expansion.of(search !== undefined), this.expandDepth);
  }

  // ——— expansion ———

  #revealSelected(): void {
    const model = this.#currentModel();
    if (!model || this.selected === undefined) return;
    this.#expansion.set(model.ancestorIds(this.selected), true, false);
  }

  /** After a move: open the new parent's branch and follow the org there. */
  #reveal(orgId: string, parentId: string): void {
    const model = this.#currentModel();
    this.#expansion.set([parentId, ...(model?.ancestorIds(parentId) ?? [])], true, false);
    void this.#focusRow(orgId);
  }

  #setAll(expanded: boolean): void {
    const model = this.#currentModel();
    if (model) this.#expansion.set(model.parentIds(), expanded, this.#inSearch());
  }

  /** Whether a search is shown: expansion changes then go to the search's own expansion. */
  #inSearch(): boolean {
    return this.#activeSearch() !== undefined;
  }

  // ——— selection, focus and keys ———

  #select(row: VisibleRow): void {
    const event = new DjOrgSelectEvent({ orgId: row.org.id, org: row.org });
    if (this.dispatchEvent(event)) this.selected = row.org.id;
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
    const orgId = elementInPath(event, (element) => element.getAttribute('role') === 'treeitem')?.dataset['orgId'];
    return orgId === undefined ? undefined : rowWithId(this.#rows(), orgId);
  }

  #onFocusIn = (event: FocusEvent): void => {
    const row = this.#rowOf(event);
    if (row) this._activeId = row.org.id;
  };

  #onClick = (event: MouseEvent): void => {
    const row = this.#rowOf(event);
    if (!row) return;
    const onToggle = elementInPath(event, (element) => 'toggle' in element.dataset) !== undefined;
    if (onToggle && row.hasChildren) this.#expansion.toggle(row, !row.expanded, this.#inSearch());
    else this.#select(row);
    void this.#focusRow(row.org.id);
  };

  // ——— search ———

  #onSearchInput = (event: InputEvent): void => this.#search((event.target as HTMLInputElement).value);

  /** Shows the orgs matching `query` (all of them for an empty one), every result open, and says how many. */
  #search(query: string): void {
    this._query = query;
    this.#expansion.resetSearch();
    const search = this.#activeSearch();
    this._announcement = search && localize(orgTreeMessages.searchResults, { count: search.matches.size });
  }

  /** ArrowDown goes from the search box to the tree; Escape empties the box. */
  #onSearchKeyDown = (event: KeyboardEvent): void => {
    const first = this.#rows()?.rows[0];
    if (event.key === 'ArrowDown' && first) void this.#focusRow(first.org.id);
    else if (event.key === 'Escape' && this._query !== '') this.#search('');
    else return;
    event.preventDefault();
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
