import {
  DangjianError,
  snapshotFromRecords,
  type AuditQuery,
  type AuditRecord,
  type Backend,
  type CommittedCommand,
  type MemberCount,
  type MemberPage,
  type MemberQuery,
  type Snapshot,
} from '@dangjian/core';
import { tenantPath } from './routes.js';
import type { AuditPage, CommandReply, CommandRequestBody, StateBody } from './wire.js';
import { errorFromResponse } from './wire-error.js';

export interface RestBackendOptions {
  /** Where the handler is mounted, e.g. `https://portal.example.gov.cn/api/dangjian`. */
  readonly baseUrl: string | URL;
  /** Defaults to the global `fetch`. Pass one to add retries, tracing or a test double. */
  readonly fetch?: typeof fetch;
  /**
   * Sent with every request: the portal's credentials. A function is called per request, so a
   * token that expires can be refreshed.
   */
  readonly headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /**
   * `paged`: the state is loaded without members, which elements then read a page at a time from
   * the server (`workspace.members()`), with per-org counts for the tree — a browser never
   * downloads a 100,000-member roster. `all` (default): members come with the state.
   */
  readonly members?: 'all' | 'paged';
}

/**
 * A `Backend` that talks to `createRestHandler` over fetch: `Workspace.open({ backend, tenant,
 * actor })`. Commands go to the server, which decides them; the workspace applies the changes it
 * answers with. Who acts is whoever the server authenticates: the actor given to the workspace is
 * not sent. Browser-safe; what the server sends is checked against core's reader schemas.
 */
export function createRestBackend(options: RestBackendOptions): Backend {
  return new RestBackend(options);
}

class RestBackend implements Backend {
  readonly pagesMembers: boolean;
  readonly #base: string;
  readonly #fetch: typeof fetch;
  readonly #headers: RestBackendOptions['headers'];

  constructor(options: RestBackendOptions) {
    const base = String(options.baseUrl);
    this.#base = base.endsWith('/') ? base.slice(0, -1) : base;
    // Called through a wrapper: browsers refuse a `fetch` detached from `window` ("Illegal invocation").
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#headers = options.headers;
    this.pagesMembers = options.members === 'paged';
  }

  async load(tenant: string): Promise<Snapshot> {
    const state = await this.#request<StateBody>(
      tenantPath('load', tenant) + (this.pagesMembers ? '?members=omit' : ''),
    );
    // A reader's view: personal fields may be masked, every record is still checked for shape.
    return snapshotFromRecords(state.tenant, state.revision, state.records, { masked: true });
  }

  /**
   * Sends the command; on a plain conflict (another server process committed first) sends it again,
   * up to `retries` times — the server re-runs it on its fresh state. A stale-input conflict is
   * never re-sent: the input was built from data that has since changed.
   */
  async run<R>(
    tenant: string,
    _actor: unknown,
    request: { readonly type: string; readonly input: unknown; readonly expectedRevision?: number },
    options: { readonly retries?: number } = {},
  ): Promise<{ ok: true; value: CommittedCommand<R> } | { ok: false; error: DangjianError }> {
    const body: CommandRequestBody = {
      type: request.type,
      input: request.input,
      ...(request.expectedRevision !== undefined && { expectedRevision: request.expectedRevision }),
    };
    for (let attempt = 0; ; attempt++) {
      try {
        const reply = await this.#request<CommandReply>(tenantPath('command', tenant), { method: 'POST', body });
        return { ok: true, value: reply as CommittedCommand<R> };
      } catch (error) {
        if (!(error instanceof DangjianError)) throw error;
        const again = error.code === 'store.conflict' && attempt < (options.retries ?? 0);
        if (!again) return { ok: false, error };
      }
    }
  }

  async memberCounts(tenant: string): Promise<ReadonlyMap<string, MemberCount>> {
    const body = await this.#request<{ counts: Record<string, MemberCount> }>(tenantPath('memberCounts', tenant));
    return new Map(Object.entries(body.counts));
  }

  /** One roster page, filtered, sorted and cut by the server. */
  members(tenant: string, _actor: unknown, query: MemberQuery = {}): Promise<MemberPage> {
    const search = new URLSearchParams(
      Object.entries(query).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])),
    );
    return this.#request<MemberPage>(`${tenantPath('members', tenant)}?${search}`);
  }

  /** Follows the server's pages until the query's `limit` (or the end of the log) is reached. */
  async readAudit(tenant: string, _actor: unknown, query: AuditQuery = {}): Promise<AuditRecord[]> {
    const records: AuditRecord[] = [];
    let afterSeq = query.afterSeq ?? 0;
    for (;;) {
      const limit = query.limit === undefined ? undefined : query.limit - records.length;
      if (limit !== undefined && limit <= 0) return records;
      const search = new URLSearchParams({ afterSeq: String(afterSeq) });
      if (limit !== undefined) search.set('limit', String(limit));
      const page = await this.#request<AuditPage>(`${tenantPath('readAudit', tenant)}?${search}`);
      records.push(...page.records);
      const last = page.records.at(-1);
      if (!page.hasMore || !last) return records;
      afterSeq = last.seq;
    }
  }

  async #request<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
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
