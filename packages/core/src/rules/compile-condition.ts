import { isCivilDate, type CivilDate } from '../calendar/civil-date.js';
import { isWithinMonths } from '../calendar/months.js';
import type { Condition, FactValue, Facts } from './condition.js';

/** What a compiled condition needs besides the facts: the date it is judged at and the lookup tables. */
export interface EvaluationContext {
  /** The Asia/Shanghai civil date the facts are judged on. */
  readonly asOf: CivilDate;
}

export type CompiledCondition<S = Facts> = (source: S, context: EvaluationContext) => boolean;

/** Reads one fact from what is judged (a record, say), so no object of facts is built per record. */
export type FactReader<S> = (source: S) => FactValue;

/** How each fact name is read. Without readers, facts are read from a flat `Facts` object. */
export type FactReaders<S> = Readonly<Record<string, FactReader<S>>>;

const noFact = (): FactValue => undefined;

/** The reader for one fact name: a name the readers do not know is an unknown (undefined) fact. */
export function readerOf<S>(name: string, readers: FactReaders<S> | undefined): FactReader<S> {
  if (!readers) return (facts) => (facts as unknown as Facts)[name];
  return Object.hasOwn(readers, name) ? readers[name]! : noFact;
}

export type LookupTables = Readonly<Record<string, readonly string[]>>;

/** The tests other than `eq`, which `compileCondition` answers itself. */
function compare(actual: FactValue, cmp: string, expected: string | number | boolean): boolean {
  // A missing fact makes every test false, `ne` included: rules classify what is known.
  if (actual === undefined || actual === null) return false;
  if (cmp === 'ne') return actual !== expected;
  if (typeof actual !== typeof expected || (typeof actual !== 'number' && typeof actual !== 'string')) return false;
  const [a, b] = [actual as number | string, expected as number | string];
  return cmp === 'lt' ? a < b : cmp === 'le' ? a <= b : cmp === 'gt' ? a > b : a >= b;
}

/**
 * Turns a condition into a closure, once. A missing fact makes every test on it false (not an
 * error): rules classify what is known. Unknown lookup tables fail at compile time.
 */
export function compileCondition<S = Facts>(
  condition: Condition,
  tables: LookupTables = {},
  readers?: FactReaders<S>,
): CompiledCondition<S> {
  const compilePart = (part: Condition): CompiledCondition<S> => compileCondition(part, tables, readers);
  switch (condition.op) {
    case 'compare': {
      const read = readerOf(condition.fact, readers);
      const { cmp, value: expected } = condition;
      // Equality is most rules (employment, relocation…): a missing fact is never equal to a value.
      if (cmp === 'eq') return (source) => read(source) === expected;
      return (source) => compare(read(source), cmp, expected);
    }
    case 'range': {
      const read = readerOf(condition.fact, readers);
      const { min, max, minExclusive, maxExclusive } = condition;
      // Each bound inclusive unless marked exclusive: bands like 3000 < x ≤ 5000 meet without overlap.
      // A missing bound is an infinite one, and the comparison is chosen here, once: a month of
      // dues tests 100,000 bases against these.
      const low = min ?? -Infinity;
      const high = max ?? Infinity;
      const within = minExclusive
        ? maxExclusive
          ? (value: number) => value > low && value < high
          : (value: number) => value > low && value <= high
        : maxExclusive
          ? (value: number) => value >= low && value < high
          : (value: number) => value >= low && value <= high;
      return (source) => {
        const value = read(source);
        return typeof value === 'number' && within(value);
      };
    }
    case 'withinMonths': {
      const read = readerOf(condition.fact, readers);
      // The calendar's one definition of months, shared with status findings and contact cards.
      return (source, { asOf }) => {
        const value = read(source);
        return isCivilDate(value) && isWithinMonths(value, asOf, condition.months);
      };
    }
    case 'exists': {
      const read = readerOf(condition.fact, readers);
      return (source) => {
        const value = read(source);
        return (
          value !== undefined && value !== null && value !== false && !(Array.isArray(value) && value.length === 0)
        );
      };
    }
    case 'lookup': {
      const read = readerOf(condition.fact, readers);
      const table = tables[condition.table];
      if (!table) throw new RangeError(`Unknown lookup table "${condition.table}"`);
      const members = new Set(table);
      return (source) => {
        const value = read(source);
        return Array.isArray(value)
          ? value.some((item) => members.has(item))
          : typeof value === 'string' && members.has(value);
      };
    }
    case 'all': {
      const parts = condition.of.map(compilePart);
      return (source, context) => parts.every((part) => part(source, context));
    }
    case 'any': {
      const parts = condition.of.map(compilePart);
      return (source, context) => parts.some((part) => part(source, context));
    }
    case 'not': {
      const inner = compilePart(condition.of);
      return (source, context) => !inner(source, context);
    }
  }
}

/** Every fact a condition reads: what a result reports as the facts that made it true. */
export function factsRead(condition: Condition): string[] {
  switch (condition.op) {
    case 'all':
    case 'any':
      return [...new Set(condition.of.flatMap(factsRead))];
    case 'not':
      return factsRead(condition.of);
    default:
      return [condition.fact];
  }
}
