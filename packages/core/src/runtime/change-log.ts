import type { Patch } from 'immer';

/**
 * Which entities each recent revision touched, so a run can tell whether what it is about to
 * write changed after the revision its caller read. Bounded: older history is "unknown", and
 * unknown is treated as changed (a conflict the caller resolves by reloading), never as unchanged.
 */
export class ChangeLog {
  readonly #entries: { readonly revision: number; readonly keys: ReadonlySet<string> }[] = [];
  /** Revisions at or below this are not covered. */
  #horizon: number;

  constructor(
    revision: number,
    readonly capacity = 10_000,
  ) {
    this.#horizon = revision;
  }

  static keyOf(collection: string, id: string): string {
    return `${collection}\u0000${id}`;
  }

  record(revision: number, patches: readonly Patch[]): void {
    const keys = new Set(patches.map((patch) => ChangeLog.keyOf(String(patch.path[0]), String(patch.path[1]))));
    this.#entries.push({ revision, keys });
    if (this.#entries.length > this.capacity) this.#horizon = this.#entries.shift()!.revision;
  }

  /** Forget everything up to `revision` (after a full reload nothing before it is known). */
  reset(revision: number): void {
    this.#entries.length = 0;
    this.#horizon = revision;
  }

  /**
   * The first of `keys` written after `revision`: a string key, `true` when the log cannot tell,
   * or `undefined` when none of them changed.
   */
  changedSince(revision: number, keys: Iterable<string>): string | true | undefined {
    if (revision < this.#horizon) return true;
    const wanted = new Set(keys);
    for (const entry of this.#entries) {
      if (entry.revision <= revision) continue;
      for (const key of wanted) if (entry.keys.has(key)) return key;
    }
    return undefined;
  }
}
