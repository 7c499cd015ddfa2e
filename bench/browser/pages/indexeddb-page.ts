import { createIndexedDbStore } from '@dangjian/adapters/indexeddb';
import { seedTenant } from '@dangjian/core';
import { generateTenant, type GeneratedTenant } from '../../generate.js';

// Figure 5 in Chromium: the kit's IndexedDB store importing a street (`seedTenant`: validate,
// one readwrite transaction, the audit record) against what a peer would write by hand: one raw
// transaction putting the same rows into a plain object store keyed the same way.

const tenant = '320402';
const audit = { actorId: 'bench', at: '2026-11-23T02:00:00.000Z' };
const [oursName, rawName, rawStore] = ['dj-bench-kit', 'dj-bench-raw', 'entities'];

interface RawRow {
  readonly tenant: string;
  readonly collection: string;
  readonly id: string;
  readonly value: unknown;
}

let generated: GeneratedTenant | undefined;

const tenantOf = (): GeneratedTenant => {
  if (!generated) throw new Error('call prepare(members) first');
  return generated;
};

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
}

function openRaw(): Promise<IDBDatabase> {
  const request = indexedDB.open(rawName, 1);
  request.onupgradeneeded = () =>
    request.result.createObjectStore(rawStore, { keyPath: ['tenant', 'collection', 'id'] });
  return done(request);
}

function rawRows({ records }: GeneratedTenant): RawRow[] {
  return [
    ...records.orgs.map((org) => ({ tenant, collection: 'orgs', id: org.id, value: org })),
    ...records.members.map((member) => ({ tenant, collection: 'members', id: member.id, value: member })),
  ];
}

/** The rows a database holds, keys sorted in every object: what "the same rows" means. */
async function rowsIn(name: string, store: string): Promise<string[]> {
  const request = indexedDB.open(name);
  const db = await done(request);
  try {
    const rows = await done(db.transaction(store, 'readonly').objectStore(store).getAll() as IDBRequest<RawRow[]>);
    return rows.map((row) =>
      canonical({ tenant: row.tenant, collection: row.collection, id: row.id, value: row.value }),
    );
  } finally {
    db.close();
  }
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

const timed = async (run: () => Promise<unknown>): Promise<number> => {
  const began = performance.now();
  await run();
  return performance.now() - began;
};

export interface IndexedDbPage {
  /** Generates the street in the page (the same seed as every other figure). */
  prepare(members: number): void;
  /** Deletes both databases: each import starts from nothing. */
  reset(): Promise<void>;
  /** ms for `seedTenant` into the kit's store (opened before, not timed). */
  ours(): Promise<number>;
  /** ms for one raw transaction of `put`s of the same rows (database opened before, not timed). */
  baseline(): Promise<number>;
  /** ms to open the kit's store and `load` the tenant: what a page does on start. */
  openOurs(): Promise<number>;
  /** ms for one raw `getAll` of the plain store's rows: the least a page could read them with. */
  openBaseline(): Promise<number>;
  /** Both databases' rows as canonical JSON, sorted by key; `equal` when they hold the same. */
  compare(): Promise<{ readonly ours: number; readonly baseline: number; readonly equal: boolean }>;
}

const page: IndexedDbPage = {
  prepare: (members) => {
    generated = generateTenant(members);
  },
  reset: async () => {
    await done(indexedDB.deleteDatabase(oursName));
    await done(indexedDB.deleteDatabase(rawName));
  },
  ours: async () => {
    const store = await createIndexedDbStore({ name: oursName });
    try {
      return await timed(() => seedTenant(store, tenant, tenantOf().records, audit));
    } finally {
      await store.close();
    }
  },
  baseline: async () => {
    const db = await openRaw();
    try {
      const rows = rawRows(tenantOf());
      return await timed(() => {
        // The same durability the kit asks for: acknowledged once on disk.
        const tx = db.transaction(rawStore, 'readwrite', { durability: 'strict' });
        const store = tx.objectStore(rawStore);
        for (const row of rows) store.put(row);
        return committed(tx);
      });
    } finally {
      db.close();
    }
  },
  openOurs: () =>
    timed(async () => {
      const store = await createIndexedDbStore({ name: oursName });
      await store.load(tenant);
      await store.close();
    }),
  openBaseline: () =>
    timed(async () => {
      const db = await openRaw();
      await done(db.transaction(rawStore, 'readonly').objectStore(rawStore).getAll());
      db.close();
    }),
  compare: async () => {
    const ours = await rowsIn(oursName, 'entities');
    const baseline = await rowsIn(rawName, rawStore);
    const sorted = (rows: string[]) => [...rows].sort().join('\n');
    return { ours: ours.length, baseline: baseline.length, equal: sorted(ours) === sorted(baseline) };
  },
};

declare global {
  interface Window {
    djIndexedDb?: IndexedDbPage;
  }
}

window.djIndexedDb = page;
window.djBenchReady = true;
