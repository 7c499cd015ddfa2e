import type { ReactiveControllerHost } from 'lit';
import { DjOrgToggleEvent } from './events.js';
import type { OrgTreeModel, VisibleRow } from './tree-model.js';
import { withExpanded, type Expansion } from './tree-rows.js';

/**
 * Which orgs the reader opened or closed, kept twice: for the full tree, and for the search
 * results (every shown org starts open there, and closing a branch of the results must not close
 * it in the full tree). Re-renders the tree on a change and fires `dj-org-toggle` for the reader's.
 */
export class TreeExpansion {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #full: Expansion = new Map();
  #search: Expansion = new Map();

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
  }

  /** The expansion shown: the search's while searching, else the full tree's. */
  of(inSearch: boolean): Expansion {
    return inSearch ? this.#search : this.#full;
  }

  /** Sets `ids` open or closed; returns those that changed. */
  set(ids: readonly string[], expanded: boolean, inSearch: boolean): string[] {
    const { next, changed } = withExpanded(this.of(inSearch), ids, expanded);
    if (changed.length === 0) return changed;
    if (inSearch) this.#search = next;
    else this.#full = next;
    this.#host.requestUpdate();
    return changed;
  }

  /** A new search starts with every result open. */
  resetSearch(): void {
    this.#search = new Map();
    this.#host.requestUpdate();
  }

  /** The reader opened or closed a row. */
  toggle(row: VisibleRow, expanded: boolean, inSearch: boolean): void {
    if (!row.hasChildren || this.set([row.org.id], expanded, inSearch).length === 0) return;
    this.#host.dispatchEvent(new DjOrgToggleEvent({ orgId: row.org.id, org: row.org, expanded }));
  }

  /** `*`: opens every sibling of the row that has children. */
  expandSiblings(model: OrgTreeModel, row: VisibleRow, inSearch: boolean): void {
    const parents = model.siblingsOf(row.org.id).filter((node) => node.children.length > 0);
    const ids = parents.map((node) => node.org.id);
    const opened = new Set(this.set(ids, true, inSearch));
    for (const { org } of parents) {
      if (opened.has(org.id)) this.#host.dispatchEvent(new DjOrgToggleEvent({ orgId: org.id, org, expanded: true }));
    }
  }
}
