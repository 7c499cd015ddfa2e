import { importMembers, isDangjianError, verifyAudit } from '@dangjian/core';
import { pageTenant, type StoreKind } from './page-tenant.js';

/**
 * A page the reliability suite drives from Node to fault browser stores: an IndexedDB
 * transaction aborted in the middle of a commit, and the page closed while a 10,000-member
 * import is being committed (the test closes it; a fresh page reads what is left).
 */
export type { StoreKind };

export interface Stored {
  readonly revision: number;
  readonly members: number;
  readonly auditRecords: number;
  readonly auditFindings: number;
}

export interface FaultsPage {
  /** Opens the store and its workspace; seeds the street's orgs (no members) on first use. */
  open(kind: StoreKind, name: string): Promise<number>;
  /** Imports `count` members; the IndexedDB transaction is aborted once `abortAfterPuts` writes are done. */
  abortedImport(count: number, abortAfterPuts: number): Promise<{ ok: boolean; error: string; typed: boolean }>;
  /** Starts importing `count` members (members `from`…) and resolves once the command was handed to the store. */
  startImport(count: number, from: number): Promise<void>;
  /** Runs an import to the end: how long a commit takes here, and that the store carries on. */
  importMembers(count: number, from: number): Promise<number>;
  stored(): Promise<Stored>;
}

declare global {
  interface Window {
    faults: FaultsPage;
  }
}

const page = pageTenant('faults-test', 30_000);
const { tenant, street } = page;
const opened = page.workspace;

const slice = (count: number, from: number) => street.records.members.slice(from, from + count);

/**
 * Aborts the IndexedDB transaction that makes the `n`-th put from now, once that put has
 * succeeded: the commit has written part of its rows when the browser gives up on it.
 */
function abortAfterPuts(n: number): () => void {
  const prototype = IDBObjectStore.prototype;
  const original = prototype.put;
  let puts = 0;
  prototype.put = function put(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    const request = original.apply(this, args);
    if (++puts === n) request.addEventListener('success', () => this.transaction.abort());
    return request;
  };
  return () => {
    prototype.put = original;
  };
}

window.faults = {
  open: page.open,
  async abortedImport(count, puts) {
    const restore = abortAfterPuts(puts);
    try {
      const result = await opened().run(importMembers, { members: slice(count, 20_000) });
      if (result.ok) return { ok: true, error: '', typed: true };
      return { ok: false, error: result.error.code, typed: isDangjianError(result.error) };
    } catch (error) {
      return { ok: false, error: String(error), typed: false };
    } finally {
      restore();
    }
  },
  async startImport(count, from) {
    void opened()
      .run(importMembers, { members: slice(count, from) })
      .catch(() => undefined);
  },
  async importMembers(count, from) {
    const result = await opened().run(importMembers, { members: slice(count, from) });
    if (!result.ok) throw result.error;
    return result.value.revision;
  },
  async stored() {
    const state = await page.store().load(tenant);
    const audit = await page.store().readAudit(tenant);
    return {
      revision: state.revision,
      members: state.records.members?.length ?? 0,
      auditRecords: audit.length,
      auditFindings: verifyAudit(audit, { revision: state.revision }).length,
    };
  },
};
document.querySelector('#status')!.textContent = 'ready';
