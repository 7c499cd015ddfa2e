/**
 * Remembers a function's last arguments and result: called again with the very same arguments
 * (compared by identity, `Object.is`), it returns the last result without recomputing.
 *
 * Elements derive their rows from immutable inputs (a snapshot's tables, the filters, the
 * locale) on every render; one slot is enough, because a render asks with the arguments of the
 * last one unless something changed.
 */
export function memo<Args extends readonly unknown[], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  let last: { readonly args: Args; readonly result: Result } | undefined;
  return (...args) => {
    if (last && last.args.length === args.length && last.args.every((arg, at) => Object.is(arg, args[at]))) {
      return last.result;
    }
    const result = compute(...args);
    last = { args, result };
    return result;
  };
}
