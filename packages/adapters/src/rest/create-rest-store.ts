import type { AuditQuery, AuditRecord, Commit, CommitReceipt, Store, StoredState } from '@dangjian/core';
import { tenantPath } from './routes.js';
import type { AuditPage, CommitRequestBody } from './wire.js';
import { errorFromResponse } from './wire-error.js';

export interface RestStoreOptions {
  /** Where the handler is mounted, e.g. `https://portal.example.gov.cn/api/dangjian`. */
  readonly baseUrl: string | URL;
  /** Defaults to the global `fetch`. Pass one to add retries, tracing or a test double. */
  readonly fetch?: typeof fetch;
  /**
   * Sent with every request: the portal's credentials. A function is called per request, so a
   * token that expires can be refreshed.
   */
  readonly headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
}

/**
 * A `Store` that talks to `createRestHandler` (or any server implementing the same OpenAPI
 * contract) over fetch. Browser-safe. Errors come back as the kit's own classes.
 */
export function createRestStore(options: RestStoreOptions): Store {
  return new RestStore(options);
}

class RestStore implements Store {
  readonly #base: string;
  readonly #fetch: typeof fetch;
  readonly #headers: RestStoreOptions['headers'];
  #closed = false;

  constructor(options: RestStoreOptions) {
    const base = String(options.baseUrl);
    this.#base = base.endsWith('/') ? base.slice(0, -1) : base;
    // Called through a wrapper: browsers refuse a `fetch` detached from `window` ("Illegal invocation").
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#headers = options.headers;
  }

  load(tenant: string): Promise<StoredState> {
    return this.#request<StoredState>(tenantPath('load', tenant));
  }

  commit(commit: Commit): Promise<CommitReceipt> {
    const { actorId: _authenticatedByServer, ...audit } = commit.audit;
    const body: CommitRequestBody = { baseRevision: commit.baseRevision, changes: commit.changes, audit };
    return this.#request<CommitReceipt>(tenantPath('commit', commit.tenant), { method: 'POST', body });
  }

  /** Follows the server's pages until the query's `limit` (or the end of the log) is reached. */
  async readAudit(tenant: string, query: AuditQuery = {}): Promise<AuditRecord[]> {
    const records: AuditRecord[] = [];
    let afterSeq = query.afterSeq ?? 0;
    for (;;) {
      const limit = query.limit === undefined ? undefined : query.limit - records.length;
      if (limit !== undefined && limit <= 0) return records;
      const page = await this.#auditPage(tenant, afterSeq, limit);
      records.push(...page.records);
      const last = page.records.at(-1);
      if (!page.hasMore || !last) return records;
      afterSeq = last.seq;
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
  }

  #auditPage(tenant: string, afterSeq: number, limit: number | undefined): Promise<AuditPage> {
    const search = new URLSearchParams({ afterSeq: String(afterSeq) });
    if (limit !== undefined) search.set('limit', String(limit));
    return this.#request<AuditPage>(`${tenantPath('readAudit', tenant)}?${search}`);
  }

  async #request<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
    if (this.#closed) throw new Error('The REST store is closed');
    const headers = new Headers(typeof this.#headers === 'function' ? await this.#headers() : this.#headers);
    headers.set('accept', 'application/json');
    if (init.body !== undefined) headers.set('content-type', 'application/json');
    const response = await this.#fetch(this.#base + path, {
      method: init.method ?? 'GET',
      headers,
      ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
    });
    if (!response.ok) throw await errorFromResponse(response);
    return (await response.json()) as T;
  }
}
