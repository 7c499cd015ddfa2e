import { phrase } from '../../i18n/define-messages.js';
import { ValidationError } from '../../kernel/errors.js';
import type { AppliedRule } from '../../kernel/finding.js';
import { ruleTables } from '../../rules/rule-tables.js';
import { z } from '../../schema/zod.js';
import { duesMessages } from './messages.js';

/**
 * How a computed amount becomes whole money. The 2008 regulation sets no rounding (dues.json,
 * notes), so this is a setting, never a regulatory figure: every rounding carries `confirmed: false`.
 * `halfUp` to the nearest `unitFen`; `up` to the next unit (0.1 元 up is `{ mode: 'up', unitFen: 10 }`);
 * `down` to the unit below.
 */
export const DuesRoundingSchema = z.strictObject({
  mode: z.enum(['halfUp', 'up', 'down']),
  unitFen: z.union([z.literal(1), z.literal(10), z.literal(100)]),
});
export type DuesRoundingInput = z.input<typeof DuesRoundingSchema>;

export interface DuesRounding extends z.output<typeof DuesRoundingSchema> {
  readonly rule: AppliedRule;
}

const notRegulated = { version: ruleTables.dues.asOf, confirmed: false } as const;

/**
 * The kit's default: half up to the fen (四舍五入到分). The fen is the smallest amount anyone can
 * pay; the nearest fen is off by at most half a fen either way, so no member is rounded
 * systematically up or down; and half up is the rounding Chinese bookkeeping uses (and OWIP's).
 */
export const defaultDuesRounding: DuesRounding = Object.freeze({
  mode: 'halfUp',
  unitFen: 1,
  rule: { id: 'dues.rounding.default', ...notRegulated, source: '党建套件默认设置（规定未明确取整方式）' },
});

/** A portal's own rounding, validated; it stays marked unconfirmed. */
export function duesRounding(input: unknown): DuesRounding {
  const parsed = DuesRoundingSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = ['rounding', ...issue.path.map(String)].join('.');
    throw new ValidationError({ ...phrase(duesMessages.roundingInvalid, { detail: field }), field });
  }
  return Object.freeze({
    ...parsed.data,
    rule: { id: 'dues.rounding.local', ...notRegulated, source: '门户本地设置（规定未明确取整方式）' },
  });
}

/**
 * `numerator / denominator` fen, rounded to whole `unitFen` by the rounding's mode, in integer
 * arithmetic only (a float product such as 300001 × 0.01 is never formed).
 */
export function roundFen(numerator: number, denominator: number, rounding: DuesRounding): number {
  const unit = denominator * rounding.unitFen;
  const whole = Math.floor(numerator / unit);
  const rest = numerator - whole * unit;
  const up = rounding.mode === 'up' ? rest > 0 : rounding.mode === 'halfUp' ? 2 * rest >= unit : false;
  return (whole + (up ? 1 : 0)) * rounding.unitFen;
}
