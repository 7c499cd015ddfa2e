/**
 * Remembers a function's last arguments and result: called again with the very same arguments
 * (compared by identity, `Object.is`), it returns the last result without recomputing.
 *
 * Elements derive their rows from immutable inputs (a snapshot's tables, the filters, the
 * locale) on every render; one slot is enough, because a render asks with the arguments of the
 * last one unless something changed. `keyOf` narrows what counts: a snapshot is new after every
 * command, but a view that reads two of its tables need only compare those two.
 */
export function memo<Args extends readonly unknown[], Result>(
  compute: (...args: Args) => Result,
  keyOf: (...args: Args) => readonly unknown[] = (...args) => args,
): (...args: Args) => Result {
  let last: { readonly key: readonly unknown[]; readonly result: Result } | undefined;
  return (...args) => {
    const key = keyOf(...args);
    if (last && last.key.length === key.length && last.key.every((part, at) => Object.is(part, key[at]))) {
      return last.result;
    }
    const result = compute(...args);
    last = { key, result };
    return result;
  };
}
