import { isCivilDate, type CivilDate } from '../calendar/civil-date.js';
import { isWithinMonths } from '../calendar/months.js';
import type { Condition, FactValue, Facts } from './condition.js';

/** What a compiled condition needs besides the facts: the date it is judged at and the lookup tables. */
export interface EvaluationContext {
  /** The Asia/Shanghai civil date the facts are judged on. */
  readonly asOf: CivilDate;
}

export type CompiledCondition = (facts: Facts, context: EvaluationContext) => boolean;

export type LookupTables = Readonly<Record<string, readonly string[]>>;

function compare(actual: FactValue, cmp: string, expected: string | number | boolean): boolean {
  // A missing fact makes every test false, `ne` included: rules classify what is known.
  if (actual === undefined || actual === null) return false;
  if (cmp === 'eq') return actual === expected;
  if (cmp === 'ne') return actual !== expected;
  if (typeof actual !== typeof expected || (typeof actual !== 'number' && typeof actual !== 'string')) return false;
  const [a, b] = [actual as number | string, expected as number | string];
  return cmp === 'lt' ? a < b : cmp === 'le' ? a <= b : cmp === 'gt' ? a > b : a >= b;
}

/**
 * Turns a condition into a closure, once. A missing fact makes every test on it false (not an
 * error): rules classify what is known. Unknown lookup tables fail at compile time.
 */
export function compileCondition(condition: Condition, tables: LookupTables = {}): CompiledCondition {
  switch (condition.op) {
    case 'compare':
      return (facts) => compare(facts[condition.fact], condition.cmp, condition.value);
    case 'range':
      return (facts) => {
        const value = facts[condition.fact];
        return (
          typeof value === 'number' &&
          (condition.min === undefined || value >= condition.min) &&
          (condition.max === undefined || value <= condition.max)
        );
      };
    case 'withinMonths':
      // The calendar's one definition of months, shared with status findings and contact cards.
      return (facts, { asOf }) => {
        const value = facts[condition.fact];
        return isCivilDate(value) && isWithinMonths(value, asOf, condition.months);
      };
    case 'exists':
      return (facts) => {
        const value = facts[condition.fact];
        return (
          value !== undefined && value !== null && value !== false && !(Array.isArray(value) && value.length === 0)
        );
      };
    case 'lookup': {
      const table = tables[condition.table];
      if (!table) throw new RangeError(`Unknown lookup table "${condition.table}"`);
      const members = new Set(table);
      return (facts) => {
        const value = facts[condition.fact];
        return Array.isArray(value)
          ? value.some((item) => members.has(item))
          : typeof value === 'string' && members.has(value);
      };
    }
    case 'all': {
      const parts = condition.of.map((part) => compileCondition(part, tables));
      return (facts, context) => parts.every((part) => part(facts, context));
    }
    case 'any': {
      const parts = condition.of.map((part) => compileCondition(part, tables));
      return (facts, context) => parts.some((part) => part(facts, context));
    }
    case 'not': {
      const inner = compileCondition(condition.of, tables);
      return (facts, context) => !inner(facts, context);
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
