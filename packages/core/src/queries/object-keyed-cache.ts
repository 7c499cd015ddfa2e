/**
 * A cache keyed by a path of objects (held weakly: a members table, an org table, a reader's
 * readable set…) and then a string, keeping at most `perPath` strings per path, oldest out
 * first. Immutable tables make identity a version: a write makes a new table and the entries of
 * the old one go with it; the bound keeps free-text queries (`q`) from growing one path forever.
 */
interface Node<V> {
  readonly next: WeakMap<object, Node<V>>;
  /** The entries of the path ending here (paths of different lengths may share a prefix). */
  entries?: Map<string, V>;
}

export class ObjectKeyedCache<V> {
  readonly #root: Node<V> = { next: new WeakMap() };
  readonly #perPath: number;

  constructor(perPath: number) {
    this.#perPath = perPath;
  }

  get(path: readonly object[], key: string, compute: () => V): V {
    const entries = this.#entriesAt(path);
    if (entries.has(key)) return entries.get(key)!;
    const value = compute();
    if (entries.size >= this.#perPath) entries.delete(entries.keys().next().value!);
    entries.set(key, value);
    return value;
  }

  #entriesAt(path: readonly object[]): Map<string, V> {
    let node = this.#root;
    for (const object of path) {
      let next = node.next.get(object);
      if (!next) node.next.set(object, (next = { next: new WeakMap() }));
      node = next;
    }
    return (node.entries ??= new Map());
  }
}
