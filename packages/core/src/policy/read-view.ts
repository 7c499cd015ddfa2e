import type { Patch } from 'immer';
import type { Snapshot, EntityRecords } from '../kernel/snapshot.js';
import { collectionNames, isCollectionName, type AnyEntity, type CollectionName } from '../schema/collections.js';
import { maskIdNumber, maskPhone } from '../schema/id-number.js';
import type { ActorOf } from './actor.js';
import type { Policy } from './policy.js';

const maskers = { idNumber: maskIdNumber, phone: maskPhone } as const;
type Masked = keyof typeof maskers;

/**
 * What one actor may see of a tenant, as a server sends it: only the entities a `read` rule grants,
 * with ID numbers and phones masked unless an `unmask` rule grants that field. Everything that
 * leaves a server for a client goes through here (state, pages, command replies).
 */
export class ReadView {
  constructor(
    readonly policy: Policy,
    readonly actor: ActorOf,
    readonly snapshot: Snapshot,
  ) {}

  canRead(collection: CollectionName, entity: AnyEntity): boolean {
    return this.policy.canRead?.(this.actor, this.snapshot, collection, entity) ?? true;
  }

  /** The fields of an entity it may not read whole that this actor still sees; none by default. */
  readableFields(collection: CollectionName, entity: AnyEntity): readonly string[] {
    return this.policy.readableFields?.(this.actor, this.snapshot, collection, entity) ?? [];
  }

  /** Whether the entity a reference names exists here and this actor may read it (or part of it). */
  canSee(ref: { readonly collection: string; readonly id: string }): boolean {
    if (!isCollectionName(ref.collection)) return false;
    const entity = this.snapshot[ref.collection].get(ref.id) as AnyEntity | undefined;
    return entity !== undefined && this.show(ref.collection, entity) !== undefined;
  }

  /** The entity as this actor may see it (masked, or cut to the fields it may read), or `undefined`. */
  show(collection: CollectionName, entity: AnyEntity): AnyEntity | undefined {
    if (this.canRead(collection, entity)) return collection === 'members' ? this.maskMember(entity) : entity;
    const fields = this.readableFields(collection, entity);
    if (fields.length === 0) return undefined;
    return pick(entity, fields);
  }

  maskMember(member: AnyEntity): AnyEntity {
    let shown: Record<string, unknown> | undefined;
    for (const field of Object.keys(maskers) as Masked[]) {
      const value = (member as Record<string, unknown>)[field];
      if (typeof value !== 'string' || this.policy.canUnmask?.(this.actor, this.snapshot, member, field)) continue;
      shown ??= { ...member };
      shown[field] = maskers[field](value);
    }
    return (shown ?? member) as AnyEntity;
  }

  /** Every entity this reader may see, masked, by collection; `omit` leaves whole collections out. */
  records(omit: readonly CollectionName[] = []): EntityRecords {
    const records: Record<string, AnyEntity[]> = {};
    for (const collection of collectionNames) {
      if (omit.includes(collection)) continue;
      const shown: AnyEntity[] = [];
      for (const entity of this.snapshot[collection].values()) {
        const visible = this.show(collection, entity as AnyEntity);
        if (visible) shown.push(visible);
      }
      records[collection] = shown;
    }
    return records as EntityRecords;
  }

  /** A command's patches as this actor may see them: other entities' patches dropped, personal fields masked. */
  patches(patches: readonly Patch[]): Patch[] {
    const shown: Patch[] = [];
    for (const patch of patches) {
      const [collection, id, field] = patch.path as [CollectionName, string, string | undefined];
      const entity = this.snapshot[collection]?.get(id) as AnyEntity | undefined;
      if (!entity) continue;
      if (!this.canRead(collection, entity)) {
        const partial = this.partialPatch(patch, collection, entity, field);
        if (partial) shown.push(partial);
        continue;
      }
      if (collection !== 'members' || !('value' in patch)) {
        shown.push(patch);
      } else if (field === undefined) {
        shown.push({ ...patch, value: this.maskMember(patch.value as AnyEntity) });
      } else if (
        field in maskers &&
        typeof patch.value === 'string' &&
        !this.policy.canUnmask?.(this.actor, this.snapshot, entity, field)
      ) {
        shown.push({ ...patch, value: maskers[field as Masked](patch.value) });
      } else {
        shown.push(patch);
      }
    }
    return shown;
  }

  /** A patch to an entity this actor reads only in part: kept for the fields it sees, cut if whole. */
  partialPatch(
    patch: Patch,
    collection: CollectionName,
    entity: AnyEntity,
    field: string | undefined,
  ): Patch | undefined {
    const fields = this.readableFields(collection, entity);
    if (fields.length === 0) return undefined;
    if (field !== undefined) return fields.includes(field) ? patch : undefined;
    return 'value' in patch ? { ...patch, value: pick(patch.value as AnyEntity, fields) } : patch;
  }
}

function pick(entity: AnyEntity, fields: readonly string[]): AnyEntity {
  const record = entity as Record<string, unknown>;
  return Object.fromEntries(
    fields.filter((field) => field in record).map((field) => [field, record[field]]),
  ) as AnyEntity;
}

/** Masks personal fields anywhere in a command's result (a registered member, a list of them). */
export function maskPersonalData<T>(value: T): T {
  if (Array.isArray(value)) return value.map((each) => maskPersonalData(each)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, each] of Object.entries(value)) {
    out[key] = key in maskers && typeof each === 'string' ? maskers[key as Masked](each) : maskPersonalData(each);
  }
  return out as T;
}
