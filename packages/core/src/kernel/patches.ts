import { applyPatches as applyEntityPatches, enablePatches, freeze, type Patch } from 'immer';
import { isCollectionName, type CollectionName } from '../schema/collections.js';
import { tableOf, withTable, type Snapshot } from './snapshot.js';

enablePatches();

/**
 * immer patches over a snapshot. Paths start with the collection and the entity id:
 * `['orgs', 'o1', 'name']`. Creating an entity is `add` at `[collection, id]`, removing it
 * `remove` there. These are what the audit log stores and what subscribers receive.
 */
export type SnapshotPatch = Patch;

/** Entities are JSON by design; copying keeps a caller's patch objects out of the snapshot. */
const cloneJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function entityKey(patch: Patch): { collection: CollectionName; id: string } {
  const [collection, id] = patch.path;
  if (!isCollectionName(collection) || typeof id !== 'string') {
    throw new TypeError(`Not a snapshot patch path: ${JSON.stringify(patch.path)}`);
  }
  return { collection, id };
}

/**
 * Applies snapshot patches, touching only the entities they name: the result shares every
 * other entity with `snapshot`. Applying a command's patches to its base gives its result.
 */
export function applySnapshotPatches(snapshot: Snapshot, patches: readonly Patch[]): Snapshot {
  let next = snapshot;
  for (const patch of patches) {
    const { collection, id } = entityKey(patch);
    const table = tableOf(next, collection);
    const rest = patch.path.slice(2);
    if (rest.length === 0) {
      next =
        patch.op === 'remove'
          ? withTable(next, collection, table.delete(id))
          : withTable(next, collection, table.set(id, freeze(cloneJson(patch.value), true)));
      continue;
    }
    const entity = table.get(id);
    if (entity === undefined) throw new TypeError(`Patch for a missing entity ${collection}/${id}`);
    const updated = applyEntityPatches(entity, [{ ...patch, path: rest }]);
    next = withTable(next, collection, table.set(id, updated));
  }
  return next;
}

/** Prefixes entity-level patches with their collection and id. */
export function scopePatches(collection: CollectionName, id: string, patches: readonly Patch[]): Patch[] {
  return patches.map((patch) => ({
    ...patch,
    path: [collection, id, ...patch.path],
  }));
}
