import { freeze, produceWithPatches, type Draft, type Patch } from 'immer';
import { collections, type CollectionName, type EntityOf } from '../schema/collections.js';
import { NotFoundError, ValidationError } from './errors.js';
import type { DomainEvent, DomainEventInput, DomainEventType } from './events.js';
import { scopePatches } from './patches.js';
import { tableOf, withTable, type Snapshot, type Table } from './snapshot.js';
import { PersistentMap } from './persistent-map.js';
import { carryGroupIndexes, idsWhere } from './group-index.js';
import { carryIndexes, uniqueIndex } from './unique-index.js';
import { validate } from './validate.js';
import { phrase } from '../i18n/define-messages.js';
import { entityMessages } from './messages.js';

/** An entity-level write, as stores persist it: the final value, or `null` for a removal. */
export interface EntityChange {
  readonly collection: CollectionName;
  readonly id: string;
  readonly value: EntityOf<CollectionName> | null;
}

export interface TransactionResult {
  readonly snapshot: Snapshot;
  readonly patches: readonly Patch[];
  readonly inversePatches: readonly Patch[];
  readonly changes: readonly EntityChange[];
}

const keyOf = (collection: CollectionName, id: string): string => `${collection}\u0000${id}`;

/**
 * What a command writes through. Reads see the command's own writes; nothing reaches the base
 * snapshot, which stays untouched whatever the command does or throws. Each write is checked
 * against the entity schema, so no command can leave an invalid entity behind.
 */
export class Transaction {
  #snapshot: Snapshot;
  readonly #patches: Patch[] = [];
  readonly #inverse: Patch[] = [];
  readonly #touched = new Map<string, { collection: CollectionName; id: string }>();
  readonly #events: DomainEventInput[] = [];

  constructor(base: Snapshot) {
    this.#snapshot = base;
  }

  /** The state as this transaction sees it now. */
  get snapshot(): Snapshot {
    return this.#snapshot;
  }

  table<C extends CollectionName>(collection: C): Table<C> {
    return tableOf(this.#snapshot, collection);
  }

  get<C extends CollectionName>(collection: C, id: string): EntityOf<C> | undefined {
    return this.table(collection).get(id);
  }

  /** The entity, or a `NotFoundError` naming the input field that referred to it. */
  require<C extends CollectionName>(collection: C, id: string, field: string): EntityOf<C> {
    const entity = this.get(collection, id);
    if (entity === undefined) {
      throw new NotFoundError({
        ...phrase(entityMessages.notFound, { collection, id, field }),
        field,
        subject: { collection, id },
      });
    }
    return entity;
  }

  insert<C extends CollectionName>(collection: C, value: EntityOf<C>): EntityOf<C> {
    if (this.table(collection).has(value.id)) {
      throw new ValidationError({
        ...phrase(entityMessages.duplicate, { collection, id: value.id }),
        field: 'id',
        subject: { collection, id: value.id },
      });
    }
    const entity = freeze(this.#checked(collection, value.id, value), true);
    const add: Patch = { op: 'add', path: [], value: entity };
    this.#record(collection, value.id, entity, [add], [{ op: 'remove', path: [] }]);
    return entity;
  }

  update<C extends CollectionName>(
    collection: C,
    id: string,
    recipe: (draft: Draft<EntityOf<C>>) => void,
  ): EntityOf<C> {
    const current = this.require(collection, id, 'id');
    const [next, patches, inverse] = produceWithPatches(current, recipe);
    if (patches.length === 0) return current;
    this.#checked(collection, id, next);
    this.#record(collection, id, next, patches, inverse);
    return next;
  }

  remove<C extends CollectionName>(collection: C, id: string): void {
    const current = this.require(collection, id, 'id');
    const patch: Patch = { op: 'remove', path: [collection, id] };
    const inverse: Patch = {
      op: 'add',
      path: [collection, id],
      value: current,
    };
    this.#patches.push(patch);
    this.#inverse.unshift(inverse);
    this.#touched.set(keyOf(collection, id), { collection, id });
    this.#replace(collection, id, current, undefined);
  }

  /** The id of the entity whose `field` holds `value`, seeing this transaction's own writes. */
  findUnique<C extends CollectionName>(
    collection: C,
    field: keyof EntityOf<C> & string,
    value: string,
  ): string | undefined {
    return uniqueIndex(this.table(collection) as PersistentMap<object>, field, PersistentMap.empty()).get(value);
  }

  /**
   * The ids of the entities whose `path` holds `value` (`['relationOrgId']`, `['residence',
   * 'communityOrgId']`), seeing this transaction's own writes, without a pass over the table.
   */
  idsWhere<C extends CollectionName>(collection: C, path: readonly string[], value: string): string[] {
    return idsWhere(this.table(collection) as PersistentMap<object>, path, value);
  }

  /** Records an event; its `data` must be the shape `DomainEventMap` gives its type. */
  emit<T extends DomainEventType>(event: DomainEventInput<T>): void {
    this.#events.push(event as DomainEventInput);
  }

  events(at: string, actorId: string): DomainEvent[] {
    // Each input was checked against its own type when emitted; adding when and who keeps it so.
    return this.#events.map((event) => ({ ...event, at, actorId }) as DomainEvent);
  }

  finish(): TransactionResult {
    const changes = Array.from(this.#touched.values(), ({ collection, id }) => ({
      collection,
      id,
      value: this.get(collection, id) ?? null,
    }));
    return {
      snapshot: this.#snapshot,
      patches: this.#patches,
      inversePatches: this.#inverse,
      changes,
    };
  }

  #checked<C extends CollectionName>(collection: C, id: string, value: unknown): EntityOf<C> {
    const result = validate(collections[collection], value, {
      subject: { collection, id },
    });
    if (!result.ok) throw result.error;
    return result.value as EntityOf<C>;
  }

  #record<C extends CollectionName>(
    collection: C,
    id: string,
    next: EntityOf<C>,
    patches: readonly Patch[],
    inverse: readonly Patch[],
  ): void {
    this.#patches.push(...scopePatches(collection, id, patches));
    this.#inverse.unshift(...scopePatches(collection, id, inverse));
    this.#touched.set(keyOf(collection, id), { collection, id });
    this.#replace(collection, id, this.get(collection, id), next);
  }

  /** Swaps in the table with `id` set to `next` (or removed), carrying its unique indexes along. */
  #replace<C extends CollectionName>(
    collection: C,
    id: string,
    previous: EntityOf<C> | undefined,
    next: EntityOf<C> | undefined,
  ): void {
    const before = this.table(collection);
    const after = next === undefined ? before.delete(id) : before.set(id, next);
    carryIndexes(before as PersistentMap<object>, after as PersistentMap<object>, id, previous, next);
    carryGroupIndexes(before as PersistentMap<object>, after as PersistentMap<object>, id, previous, next);
    this.#snapshot = withTable(this.#snapshot, collection, after);
  }
}
