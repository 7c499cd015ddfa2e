import { freeze } from 'immer';
import { tableOf, withTable, type Snapshot } from './snapshot.js';
import type { EntityChange } from './transaction.js';

/** Sets or removes whole entities: how a client applies what a server says a command changed. */
export function applyEntityChanges(snapshot: Snapshot, changes: readonly EntityChange[]): Snapshot {
  let next = snapshot;
  for (const { collection, id, value } of changes) {
    const table = tableOf(next, collection);
    next = withTable(next, collection, value === null ? table.delete(id) : table.set(id, freeze(value, true)));
  }
  return next;
}
