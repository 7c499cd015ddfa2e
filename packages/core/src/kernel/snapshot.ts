import { freeze } from 'immer';
import { collectionNames, collections, type CollectionName, type EntityOf } from '../schema/collections.js';
import { PersistentMap } from './persistent-map.js';
import { readableCollections } from '../schema/readable.js';
import type { z } from '../schema/zod.js';
import { validate } from './validate.js';

export type Table<C extends CollectionName> = PersistentMap<EntityOf<C>>;
export type Tables = { readonly [C in CollectionName]: Table<C> };

/**
 * A tenant's state at one revision: one immutable table per collection, entities by id.
 * Never mutated: commands return a new snapshot that shares every untouched entity and
 * every untouched branch of each table with the old one.
 */
export interface Snapshot extends Tables {
  readonly tenant: string;
  readonly revision: number;
}

/** The plain form of a snapshot's entities, as stores load them and fixtures are written. */
export type EntityRecords = {
  readonly [C in CollectionName]?: readonly EntityOf<C>[];
};

export function emptySnapshot(tenant: string, revision = 0): Snapshot {
  const tables = Object.fromEntries(collectionNames.map((name) => [name, PersistentMap.empty()])) as unknown as Tables;
  return { tenant, revision, ...tables };
}

export interface FromRecordsOptions {
  /**
   * Skip schema validation for records a store wrote itself (they were validated on the way
   * in). Leave it off for anything that came from outside the kit.
   */
  readonly trusted?: boolean;
  /** The records are a reader's view (from a server): personal fields may be masked. */
  readonly masked?: boolean;
}

/** Builds a snapshot from plain records; all-or-nothing: one bad record fails the whole load. */
export function snapshotFromRecords(
  tenant: string,
  revision: number,
  records: EntityRecords,
  options: FromRecordsOptions = {},
): Snapshot {
  const tables: Record<string, PersistentMap<unknown>> = {};
  for (const name of collectionNames) {
    const rows: readonly unknown[] = records[name] ?? [];
    tables[name] = PersistentMap.from(
      rows.map((row, index) => {
        const entity = options.trusted ? row : parseRecord(name, row, index, options.masked === true);
        return [(entity as { id: string }).id, freeze(entity, true)] as const;
      }),
    );
  }
  return { tenant, revision, ...(tables as unknown as Tables) };
}

function parseRecord(name: CollectionName, row: unknown, index: number, masked: boolean): unknown {
  const schema = masked ? readableCollections[name] : collections[name];
  const parsed = validate(schema as z.ZodType, row, { prefix: [name, index] });
  if (!parsed.ok) throw parsed.error;
  return parsed.value;
}

export function snapshotToRecords(snapshot: Snapshot): {
  [C in CollectionName]: EntityOf<C>[];
} {
  return Object.fromEntries(collectionNames.map((name) => [name, snapshot[name].toArray()])) as {
    [C in CollectionName]: EntityOf<C>[];
  };
}

export function tableOf<C extends CollectionName>(snapshot: Snapshot, collection: C): Table<C> {
  return snapshot[collection] as Table<C>;
}

export function withTable<C extends CollectionName>(snapshot: Snapshot, collection: C, table: Table<C>): Snapshot {
  if ((snapshot[collection] as unknown) === table) return snapshot;
  // Widened on purpose: spreading a computed key over every collection's table type is a union
  // TypeScript cannot represent; the signature above keeps callers exact.
  const next: Record<string, unknown> = { ...snapshot, [collection]: table };
  return next as unknown as Snapshot;
}
