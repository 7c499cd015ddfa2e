import { consume } from '@lit/context';
import { orgKindLabels, type Org, type Workspace } from '@dangjian/core';
import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { LocalizeController } from '../shared/localize-controller.js';
import { WorkspaceController } from '../shared/workspace-controller.js';
import { workspaceContext } from '../shared/workspace-context.js';
import { DjOrgSelectEvent, DjOrgToggleEvent } from './events.js';
import { orgTreeMessages } from './messages.js';
import { orgTreeStyles } from './org-tree.styles.js';
import { OrgTreeModel, type VisibleRow } from './tree-model.js';

const chevron = svg`<svg viewBox="0 0 12 12" aria-hidden="true" focusable="false">
  <path d="M4 2.5 7.5 6 4 9.5" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" />
</svg>`;

/** The rows of one render and where each id sits among them. */
interface RowIndex {
  readonly rows: readonly VisibleRow[];
  readonly positionOf: ReadonlyMap<string, number>;
}

/**
 * A read-only view of the Party organisation hierarchy (党委 → 党总支 → 党支部 → 党小组).
 *
 * Give it data (`.orgs`), or put it inside a `<dj-provider>` and it shows the workspace's orgs,
 * re-rendering after every command. `.orgs`, when set, wins over the workspace.
 *
 * It follows the WAI-ARIA tree pattern, single select: the tree is one tab stop; Up/Down move
 * between visible rows, Right expands (or moves to the first child), Left collapses (or moves to
 * the parent), Home/End go to the first/last row, `*` expands the siblings, Enter/Space select.
 * Rows are rendered as one flat list of the visible nodes, each with `aria-level`,
 * `aria-setsize` and `aria-posinset`.
 *
 * @summary Read-only Party organisation tree with keyboard navigation and selection.
 *
 * @event {DjOrgSelectEvent} dj-org-select - A reader chose an org (click, Enter, Space). `event.orgId`, `event.detail.org`. Cancelable: cancel to keep the current selection.
 * @event {DjOrgToggleEvent} dj-org-toggle - A reader expanded or collapsed an org. `event.orgId`, `event.expanded`.
 *
 * @slot empty - Shown when there are no orgs. Defaults to a localized “no Party organisations” text.
 *
 * @csspart tree - The `role="tree"` container.
 * @csspart item - Each row (`role="treeitem"`).
 * @csspart item-selected - The selected row, in addition to `item`.
 * @csspart toggle - The expand/collapse chevron (empty on a leaf, kept for alignment).
 * @csspart label - The org's name.
 * @csspart kind - The kind badge: 党委, 党总支, 党支部, 党小组.
 * @csspart empty - The empty-state text.
 * @csspart loading - The text shown while no orgs and no workspace have arrived.
 *
 * @cssproperty --dj-color-primary - Accent: selection bar, kind badge, focus ring. Default 党建红 #c8161d.
 * @cssproperty --dj-color-primary-subtle - Background of the selected row.
 * @cssproperty --dj-color-text - Text colour.
 * @cssproperty --dj-color-text-muted - Chevrons and status text.
 * @cssproperty --dj-color-surface - Background.
 * @cssproperty --dj-color-hover - Background of a row under the pointer.
 * @cssproperty --dj-color-focus - Focus ring; defaults to the primary colour.
 * @cssproperty --dj-font-family - Font stack.
 * @cssproperty --dj-font-size - Base font size.
 * @cssproperty --dj-radius - Corner radius of rows and badges.
 * @cssproperty --dj-space - Base spacing unit.
 * @cssproperty --dj-org-tree-indent - Indent per level. Default 1.25rem.
 * @cssproperty --dj-org-tree-row-height - Height of every row. Default 2.25rem.
 */
export class DjOrgTree extends LitElement {
  static override styles = orgTreeStyles;

  /** The orgs to show (data-in mode). Leave unset to show the orgs of the provided workspace. */
  @property({ attribute: false })
  orgs: readonly Org[] | undefined;

  /**
   * The workspace to show (connected mode). Supplied by an enclosing `<dj-provider>`; may also be
   * set directly.
   */
  @consume({ context: workspaceContext, subscribe: true })
  @property({ attribute: false })
  workspace: Workspace | undefined;

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

  /** `dark` for the dark theme, `auto` to follow the system; anything else is the default 党建红 theme. */
  @property({ reflect: true })
  theme: 'light' | 'dark' | 'auto' | undefined;

  /** Orgs the reader opened or closed; every other org follows `expandDepth`. */
  @state()
  private _expansion: ReadonlyMap<string, boolean> = new Map();

  /** The row that holds the tab stop (roving tabindex). */
  @state()
  private _activeId: string | undefined;

  readonly #localize = new LocalizeController(this);
  readonly #workspace = new WorkspaceController(this, () => this.workspace);
  #model: { source: unknown; model: OrgTreeModel } | undefined;
  #rowIndex: { model: OrgTreeModel; expansion: unknown; depth: number; index: RowIndex } | undefined;
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
    this.#hadFocus = this.shadowRoot?.activeElement != null;
  }

  protected override updated(): void {
    // The focused row disappeared (moved, deleted, collapsed from outside): keep focus in the tree.
    if (this.#hadFocus && this.shadowRoot?.activeElement == null) this.focus();
  }

  protected override render(): TemplateResult {
    const index = this.#rows();
    if (!index) {
      return html`<p class="status" part="loading" role="status">${this.#localize.text(orgTreeMessages.loading)}</p>`;
    }
    if (index.rows.length === 0) {
      return html`<p class="status" part="empty" role="status">
        <slot name="empty">${this.#localize.text(orgTreeMessages.empty)}</slot>
      </p>`;
    }
    const activeId = this.#activeIdIn(index);
    const locale = this.#localize.locale;
    return html`<div
      class="tree"
      part="tree"
      role="tree"
      aria-label=${this.label ?? this.#localize.text(orgTreeMessages.label)}
      @keydown=${this.#onKeyDown}
      @click=${this.#onClick}
      @focusin=${this.#onFocusIn}
    >
      ${repeat(
        index.rows,
        (row) => row.org.id,
        (row) => {
          const selected = row.org.id === this.selected;
          return html`<div
            class="row"
            part=${selected ? 'item item-selected' : 'item'}
            role="treeitem"
            data-org-id=${row.org.id}
            aria-level=${row.level}
            aria-setsize=${row.setSize}
            aria-posinset=${row.posInSet}
            aria-expanded=${row.hasChildren ? String(row.expanded) : nothing}
            aria-selected=${String(selected)}
            tabindex=${row.org.id === activeId ? 0 : -1}
          >
            <span class="toggle" part="toggle" data-toggle>${row.hasChildren ? chevron : nothing}</span>
            <span class="label" part="label">${row.org.name}</span>
            <span class="kind" part="kind">${orgKindLabels[row.org.kind][locale]}</span>
          </div>`;
        },
      )}
    </div>`;
  }

  /** The orgs to show, keyed by identity so the model is rebuilt only when they change. */
  #source(): { key: unknown; orgs: () => Iterable<Org> } | undefined {
    const orgs = this.orgs;
    if (orgs) return { key: orgs, orgs: () => orgs };
    const table = this.#workspace.snapshot?.orgs;
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

  /** The visible rows, recomputed only when the orgs or the expansion changed. */
  #rows(): RowIndex | undefined {
    const model = this.#currentModel();
    if (!model) return undefined;
    const cached = this.#rowIndex;
    if (cached?.model === model && cached.expansion === this._expansion && cached.depth === this.expandDepth) {
      return cached.index;
    }
    const expansion = this._expansion;
    const depth = this.expandDepth;
    const rows = model.visibleRows((org, level) => expansion.get(org.id) ?? level <= depth);
    const index = { rows, positionOf: new Map(rows.map((row, position) => [row.org.id, position])) };
    this.#rowIndex = { model, expansion, depth, index };
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
    this.#setExpanded(model.ancestorIds(this.selected), true);
  }

  /** Records an expansion change; returns the ids that actually changed. */
  #setExpanded(ids: readonly string[], expanded: boolean): string[] {
    const changed = ids.filter((id) => this._expansion.get(id) !== expanded);
    if (changed.length === 0) return changed;
    const next = new Map(this._expansion);
    for (const id of changed) next.set(id, expanded);
    this._expansion = next;
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

  #rowElement(orgId: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[role='treeitem'][data-org-id='${CSS.escape(orgId)}']`);
  }

  /** Moves the tab stop and focus to a row, once it has been rendered. */
  async #focusRow(orgId: string): Promise<void> {
    this._activeId = orgId;
    await this.updateComplete;
    this.#rowElement(orgId)?.focus();
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
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const index = this.#rows();
    const row = this.#rowOf(event);
    if (!index || !row) return;
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
      default:
        return;
    }
    event.preventDefault();
  };

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
}

declare global {
  interface HTMLElementTagNameMap {
    'dj-org-tree': DjOrgTree;
  }
}
