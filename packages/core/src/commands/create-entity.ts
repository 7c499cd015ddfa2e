import { defineCommand, type Command } from '../kernel/command.js';
import type { DataFreeEventType } from '../kernel/events.js';
import type { Transaction } from '../kernel/transaction.js';
import { collections, type CollectionName, type EntityOf } from '../schema/collections.js';
import type { z } from '../schema/zod.js';

/** Which fields of an entity refer to which collection; array fields refer element by element. */
export type References<C extends CollectionName> = Partial<Record<keyof EntityOf<C> & string, CollectionName>>;

/** Fails with a NotFoundError naming the field (`memberUnitIds.2`) for any reference to nothing. */
export function requireReferences<C extends CollectionName>(
  tx: Transaction,
  entity: EntityOf<C>,
  references: References<C>,
): void {
  for (const [field, target] of Object.entries(references) as [string, CollectionName][]) {
    const value = (entity as Record<string, unknown>)[field];
    if (typeof value === 'string') tx.require(target, value, field);
    if (Array.isArray(value)) value.forEach((id: string, index) => tx.require(target, id, `${field}.${index}`));
  }
}

/**
 * The command that adds one entity whose only rules are its schema and its references: units,
 * posts, buildings, agreements … Anything with more rules gets a command of its own.
 */
export function createEntityCommand<C extends CollectionName, const T extends string>(options: {
  readonly type: T;
  readonly collection: C;
  readonly references: References<C>;
  readonly event: DataFreeEventType;
}): Command<z.ZodType<EntityOf<C>>, EntityOf<C>> & { readonly type: T } {
  const input = collections[options.collection] as unknown as z.ZodType<EntityOf<C>>;
  return defineCommand({
    type: options.type,
    input,
    subject: (entity) => ({ collection: options.collection, id: entity.id }),
    run(tx, entity) {
      requireReferences(tx, entity, options.references);
      const created = tx.insert(options.collection, entity);
      tx.emit({ type: options.event, subject: { collection: options.collection, id: entity.id } });
      return created;
    },
  });
}
