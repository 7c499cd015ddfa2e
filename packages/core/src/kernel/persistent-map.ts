/**
 * An immutable hash map (a hash array mapped trie without bitmap compression).
 *
 * Why not a plain object or Map inside immer: changing one member of a 100,000-member tenant
 * would copy (and immer would re-freeze) the whole 100,000-key object. Here `set` copies only the
 * path to the key — at most 7 arrays of 32 slots — so a command costs the same at any tenant size.
 * Iteration order is hash order: deterministic, but not insertion order.
 */

const BITS = 5;
const WIDTH = 1 << BITS;
const MASK = WIDTH - 1;

class Entry<V> {
  constructor(
    readonly hash: number,
    readonly key: string,
    readonly value: V,
  ) {}
}

class Collision<V> {
  constructor(
    readonly hash: number,
    readonly entries: readonly Entry<V>[],
  ) {}
}

type Slot<V> = Entry<V> | Collision<V> | Branch<V> | undefined;

class Branch<V> {
  constructor(readonly slots: Slot<V>[]) {}
}

/** FNV-1a, 32 bit: cheap and well spread for the short ids the kit uses. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const slotIndex = (hash: number, shift: number): number => (hash >>> shift) & MASK;

function emptyBranch<V>(): Branch<V> {
  return new Branch<V>(new Array<Slot<V>>(WIDTH).fill(undefined));
}

/** Two different keys that met in one slot: push both one level down until they part. */
function mergeEntries<V>(shift: number, a: Entry<V> | Collision<V>, b: Entry<V>): Slot<V> {
  if (a.hash === b.hash) {
    const entries = a instanceof Collision ? [...a.entries, b] : [a, b];
    return new Collision(a.hash, entries);
  }
  // The new branch takes the place of the slot at `shift`, so it is indexed by that level's bits.
  const branch = emptyBranch<V>();
  const indexA = slotIndex(a.hash, shift);
  const indexB = slotIndex(b.hash, shift);
  if (indexA === indexB) branch.slots[indexA] = mergeEntries(shift + BITS, a, b);
  else {
    branch.slots[indexA] = a;
    branch.slots[indexB] = b;
  }
  return branch;
}

interface Change<V> {
  readonly slot: Slot<V>;
  readonly sizeDelta: number;
}

function setIn<V>(slot: Slot<V>, shift: number, entry: Entry<V>): Change<V> {
  if (slot === undefined) return { slot: entry, sizeDelta: 1 };
  if (slot instanceof Entry) {
    if (slot.key === entry.key) return { slot: slot.value === entry.value ? slot : entry, sizeDelta: 0 };
    return { slot: mergeEntries(shift, slot, entry), sizeDelta: 1 };
  }
  if (slot instanceof Collision) {
    if (slot.hash !== entry.hash) return { slot: mergeEntries(shift, slot, entry), sizeDelta: 1 };
    const at = slot.entries.findIndex((candidate) => candidate.key === entry.key);
    if (at < 0)
      return {
        slot: new Collision(slot.hash, [...slot.entries, entry]),
        sizeDelta: 1,
      };
    const entries = slot.entries.slice();
    entries[at] = entry;
    return { slot: new Collision(slot.hash, entries), sizeDelta: 0 };
  }
  const index = slotIndex(entry.hash, shift);
  const child = slot.slots[index];
  const change = setIn(child, shift + BITS, entry);
  if (change.slot === child) return { slot, sizeDelta: 0 };
  const slots = slot.slots.slice();
  slots[index] = change.slot;
  return { slot: new Branch(slots), sizeDelta: change.sizeDelta };
}

function deleteIn<V>(slot: Slot<V>, shift: number, hash: number, key: string): Change<V> {
  if (slot === undefined) return { slot, sizeDelta: 0 };
  if (slot instanceof Entry) return slot.key === key ? { slot: undefined, sizeDelta: -1 } : { slot, sizeDelta: 0 };
  if (slot instanceof Collision) {
    const entries = slot.entries.filter((candidate) => candidate.key !== key);
    if (entries.length === slot.entries.length) return { slot, sizeDelta: 0 };
    const rest = entries.length === 1 ? entries[0] : new Collision(slot.hash, entries);
    return { slot: rest, sizeDelta: -1 };
  }
  const index = slotIndex(hash, shift);
  const child = slot.slots[index];
  const change = deleteIn(child, shift + BITS, hash, key);
  if (change.slot === child) return { slot, sizeDelta: 0 };
  const slots = slot.slots.slice();
  slots[index] = change.slot;
  return {
    slot: slots.every((each) => each === undefined) ? undefined : new Branch(slots),
    sizeDelta: -1,
  };
}

function getIn<V>(root: Slot<V>, hash: number, key: string): Entry<V> | undefined {
  let slot = root;
  let shift = 0;
  while (slot instanceof Branch) {
    slot = slot.slots[slotIndex(hash, shift)];
    shift += BITS;
  }
  if (slot instanceof Entry) return slot.key === key ? slot : undefined;
  if (slot instanceof Collision) return slot.entries.find((candidate) => candidate.key === key);
  return undefined;
}

function* walk<V>(slot: Slot<V>): Generator<Entry<V>> {
  if (slot === undefined) return;
  if (slot instanceof Entry) yield slot;
  else if (slot instanceof Collision) yield* slot.entries;
  else for (const child of slot.slots) yield* walk(child);
}

export class PersistentMap<V> implements Iterable<readonly [string, V]> {
  static readonly #empty = new PersistentMap<never>(undefined, 0);

  private constructor(
    private readonly root: Slot<V>,
    readonly size: number,
  ) {}

  static empty<V>(): PersistentMap<V> {
    return PersistentMap.#empty as PersistentMap<V>;
  }

  static from<V>(entries: Iterable<readonly [string, V]>): PersistentMap<V> {
    let map = PersistentMap.empty<V>();
    for (const [key, value] of entries) map = map.set(key, value);
    return map;
  }

  get(key: string): V | undefined {
    return getIn(this.root, hashOf(key), key)?.value;
  }

  has(key: string): boolean {
    return getIn(this.root, hashOf(key), key) !== undefined;
  }

  /** A new map with `key` set; `this` when nothing changed (same value by identity). */
  set(key: string, value: V): PersistentMap<V> {
    const change = setIn(this.root, 0, new Entry(hashOf(key), key, value));
    return change.slot === this.root ? this : new PersistentMap(change.slot, this.size + change.sizeDelta);
  }

  delete(key: string): PersistentMap<V> {
    const change = deleteIn(this.root, 0, hashOf(key), key);
    return change.slot === this.root ? this : new PersistentMap(change.slot, this.size + change.sizeDelta);
  }

  *entries(): Generator<readonly [string, V]> {
    for (const entry of walk(this.root)) yield [entry.key, entry.value];
  }

  *keys(): Generator<string> {
    for (const entry of walk(this.root)) yield entry.key;
  }

  *values(): Generator<V> {
    for (const entry of walk(this.root)) yield entry.value;
  }

  [Symbol.iterator](): Generator<readonly [string, V]> {
    return this.entries();
  }

  toArray(): V[] {
    return Array.from(this.values());
  }
}
