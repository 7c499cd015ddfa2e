import type { PersistentMap } from './persistent-map.js';

type AnyTable = PersistentMap<object>;
/** A field's values in one table version → the id of the entity holding each. */
type Index = PersistentMap<string>;

const indexes = new WeakMap<AnyTable, Map<string, Index>>();

const keyOf = (entity: object | undefined, field: string): string | undefined => {
  const value = (entity as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' ? value : undefined;
};

/**
 * The index of `field` over a table version, built once per loaded table (a pass over it) and
 * carried forward through every write after that, so a uniqueness check costs the same on a
 * 100,000-member tenant as on a small one.
 */
export function uniqueIndex(table: AnyTable, field: string, empty: Index): Index {
  let byField = indexes.get(table);
  if (!byField) indexes.set(table, (byField = new Map()));
  let index = byField.get(field);
  if (!index) {
    index = empty;
    for (const [id, entity] of table) {
      const key = keyOf(entity, field);
      if (key !== undefined) index = index.set(key, id);
    }
    byField.set(field, index);
  }
  return index;
}

/** Carries the indexes of `before` to `after`, the version one write (to entity `id`) made of it. */
export function carryIndexes(
  before: AnyTable,
  after: AnyTable,
  id: string,
  previous: object | undefined,
  next: object | undefined,
): void {
  const byField = indexes.get(before);
  if (!byField || before === after) return;
  const carried = new Map<string, Index>();
  for (const [field, index] of byField) {
    let updated = index;
    const oldKey = keyOf(previous, field);
    const newKey = keyOf(next, field);
    if (oldKey !== undefined && updated.get(oldKey) === id) updated = updated.delete(oldKey);
    if (newKey !== undefined) updated = updated.set(newKey, id);
    carried.set(field, updated);
  }
  indexes.set(after, carried);
}
