import type { Member, MemberPage, MemberQuery, Stage } from '@dangjian/core';
import { entryOf, type RosterEntry, type RosterFilter, type SortDirection, type SortKey } from './roster-model.js';

/** Rows fetched together: one request fills a screenful or two. */
export const pageSize = 100;

/** What the grid needs of a roster it does not hold: the total, and the rows fetched so far. */
export interface PagedShown {
  readonly total: number;
  /** Sparse: a position with no entry yet is shown as a loading row. */
  readonly entries: readonly (RosterEntry | undefined)[];
  readonly positionOf: ReadonlyMap<string, number>;
}

export type FetchPage = (query: MemberQuery) => Promise<MemberPage>;

const sortKeys: Readonly<Record<SortKey, MemberQuery['sort']>> = { name: 'name', age: 'age', org: 'org' };

/** The server query a roster's filters and order stand for. */
export function queryOf(filter: RosterFilter, sort: SortKey, direction: SortDirection): MemberQuery {
  return {
    ...(filter.category && { category: filter.category }),
    ...(filter.care && { care: filter.care }),
    ...(filter.orgId && { org: filter.orgId }),
    ...(filter.stage && { stage: filter.stage as Stage }),
    sort: sortKeys[sort],
    order: direction === 'ascending' ? 'asc' : 'desc',
  };
}

/**
 * A roster read a page at a time from a server (`workspace.members()`): the pages in view are
 * fetched as the grid scrolls, kept until the query (filters, order, revision) changes, and a
 * position not fetched yet is a loading row. A browser never holds the whole roster.
 */
export class PagedRows {
  #key: string | undefined;
  #total: number | undefined;
  #entries: (RosterEntry | undefined)[] = [];
  #positionOf = new Map<string, number>();
  readonly #pending = new Set<number>();
  #shown: PagedShown | undefined;
  #generation = 0;

  constructor(private readonly onLoaded: () => void) {}

  /** The rows as known now for this query; `undefined` until the first page has answered. */
  shown(key: string): PagedShown | undefined {
    if (key !== this.#key) {
      this.#key = key;
      this.#total = undefined;
      this.#entries = [];
      this.#positionOf = new Map();
      this.#pending.clear();
      this.#shown = undefined;
      this.#generation++;
    }
    if (this.#total === undefined) return undefined;
    this.#shown ??= { total: this.#total, entries: this.#entries, positionOf: this.#positionOf };
    return this.#shown;
  }

  /** Fetches the pages covering positions `start` to `end` (the first page if nothing is known). */
  ensure(
    start: number,
    end: number,
    fetch: FetchPage,
    query: MemberQuery,
    orgNames: ReadonlyMap<string, string>,
    asOf: string,
  ): void {
    const last = this.#total === undefined ? 0 : Math.max(0, Math.min(end, this.#total) - 1);
    for (let page = Math.floor(start / pageSize); page <= Math.floor(last / pageSize); page++) {
      const offset = page * pageSize;
      if (this.#pending.has(page) || (this.#total !== undefined && this.#entries[offset] !== undefined)) continue;
      this.#pending.add(page);
      const generation = this.#generation;
      void fetch({ ...query, offset, limit: pageSize }).then(
        (result) => {
          if (generation !== this.#generation) return;
          this.#pending.delete(page);
          this.#total = result.total;
          if (this.#entries.length !== result.total) this.#entries.length = result.total;
          result.items.forEach((item, at) => {
            const entry = entryOf(item as Member, result.classifications[at]!, orgNames, asOf);
            this.#entries[offset + at] = entry;
            this.#positionOf.set(entry.member.id, offset + at);
          });
          // A new object, so the grid sees a change; the arrays it holds are shared on purpose.
          this.#shown = undefined;
          this.onLoaded();
        },
        () => {
          if (generation === this.#generation) this.#pending.delete(page);
        },
      );
    }
  }
}
