/**
 * Two checks on raw input that a schema cannot make: how deep it nests, and whether it carries
 * keys the schema does not know (zod strips them silently; a command protocol must not, or a
 * client's typo — or a probe — passes as a no-op).
 */

/** Deepest nesting any command input or wire body may have. Entities nest 3–4 levels. */
export const maxInputDepth = 32;

type Path = (string | number)[];

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The path of the first value nested deeper than `limit`, walking without recursion. */
export function tooDeepAt(value: unknown, limit = maxInputDepth): Path | undefined {
  const stack: { value: unknown; path: Path }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (path.length >= limit) return path;
    const entries = Array.isArray(current)
      ? current.map((each, index) => [index, each] as const)
      : Object.entries(current);
    for (const [key, child] of entries) stack.push({ value: child, path: [...path, key] });
  }
  return undefined;
}

/**
 * The path of the first key present in `raw` but gone from `parsed` (what the schema stripped).
 * Walks both side by side; where a transform changed a value's shape, it stops looking there.
 */
export function unknownKeyAt(raw: unknown, parsed: unknown): Path | undefined {
  const stack: { raw: unknown; parsed: unknown; path: Path }[] = [{ raw, parsed, path: [] }];
  while (stack.length > 0) {
    const { raw: r, parsed: p, path } = stack.pop()!;
    if (Array.isArray(r) && Array.isArray(p) && r.length === p.length) {
      r.forEach((each, index) => stack.push({ raw: each, parsed: p[index], path: [...path, index] }));
      continue;
    }
    if (!isPlainObject(r) || !isPlainObject(p)) continue;
    for (const [key, value] of Object.entries(r)) {
      if (!Object.prototype.hasOwnProperty.call(p, key)) {
        if (value !== undefined) return [...path, key];
        continue;
      }
      stack.push({ raw: value, parsed: p[key], path: [...path, key] });
    }
  }
  return undefined;
}
