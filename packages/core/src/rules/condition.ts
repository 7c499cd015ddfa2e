import { z } from '../schema/zod.js';

/** A fact's value as rules see it: flat, JSON, one name each (`age`, `employment`, `care` …). */
export type FactValue = string | number | boolean | readonly string[] | null | undefined;
export type Facts = Readonly<Record<string, FactValue>>;

/**
 * The closed set of operators a rule may use. Rules are data: a portal writes them as JSON,
 * zod validates them, and `compileCondition` turns them into closures once — never `eval`.
 */
export type Condition =
  | {
      readonly op: 'compare';
      readonly fact: string;
      readonly cmp: 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge';
      readonly value: string | number | boolean;
    }
  /**
   * A number between `min` and `max`, each bound inclusive unless marked exclusive: a dues band
   * 3000 < x ≤ 5000 is `{ min: 300000, minExclusive: true, max: 500000 }`.
   */
  | {
      readonly op: 'range';
      readonly fact: string;
      readonly min?: number;
      readonly max?: number;
      readonly minExclusive?: boolean;
      readonly maxExclusive?: boolean;
    }
  /**
   * The date fact is on or before `asOf` and fewer than `months` whole months before it, counted
   * by the calendar's one rule (民法典 第二百零三条: 31 August + 6 months = 28/29 February).
   */
  | { readonly op: 'withinMonths'; readonly fact: string; readonly months: number }
  | { readonly op: 'exists'; readonly fact: string }
  /** The fact (a string, or any element of a list) is in a named lookup table. */
  | { readonly op: 'lookup'; readonly fact: string; readonly table: string }
  | { readonly op: 'all' | 'any'; readonly of: readonly Condition[] }
  | { readonly op: 'not'; readonly of: Condition };

const FactName = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/);

export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('op', [
    z.object({
      op: z.literal('compare'),
      fact: FactName,
      cmp: z.enum(['eq', 'ne', 'lt', 'le', 'gt', 'ge']),
      value: z.union([z.string(), z.number(), z.boolean()]),
    }),
    z.object({
      op: z.literal('range'),
      fact: FactName,
      min: z.number().optional(),
      max: z.number().optional(),
      minExclusive: z.boolean().optional(),
      maxExclusive: z.boolean().optional(),
    }),
    z.object({ op: z.literal('withinMonths'), fact: FactName, months: z.number().int().min(0).max(1200) }),
    z.object({ op: z.literal('exists'), fact: FactName }),
    z.object({ op: z.literal('lookup'), fact: FactName, table: z.string().min(1) }),
    z.object({ op: z.enum(['all', 'any']), of: z.array(ConditionSchema).min(1) }),
    z.object({ op: z.literal('not'), of: ConditionSchema }),
  ]),
);
