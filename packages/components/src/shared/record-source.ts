/**
 * Records as a page gives them (an array) or as a snapshot holds them (a table with `values()`).
 * Either is immutable, so its identity says "unchanged" to a memo.
 */
export type RecordSource<T> = readonly T[] | { values(): Iterable<T> };

export const valuesOf = <T>(source: RecordSource<T>): Iterable<T> => ('length' in source ? source : source.values());
