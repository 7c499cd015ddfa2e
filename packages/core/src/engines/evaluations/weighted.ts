/**
 * Exact weighted means for the evaluation report: Σ wₖ·aₖ/nₖ ÷ Σ wₖ over the rater kinds that
 * marked, as a fraction of BigInts, so a score on a threshold (exactly 90) or a share on a
 * fraction (exactly a half) is never lost to floating point.
 */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

/** One rater kind's part: its weight, how many marked, and the total of what it counts (points or votes). */
export interface WeightedPart {
  readonly weight: number;
  readonly count: number;
  readonly total: number;
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));

/** The weighted mean of the parts with marks, or undefined when none has both marks and weight. */
export function weightedMean(parts: readonly WeightedPart[]): Ratio | undefined {
  const present = parts.filter((part) => part.count > 0);
  const weights = present.reduce((sum, part) => sum + BigInt(part.weight), 0n);
  if (weights === 0n) return undefined;
  const lcm = present.reduce((acc, part) => (acc * BigInt(part.count)) / gcd(acc, BigInt(part.count)), 1n);
  const num = present.reduce((sum, part) => sum + BigInt(part.weight * part.total) * (lcm / BigInt(part.count)), 0n);
  return { num, den: weights * lcm };
}

/** `ratio ≥ value` (or `>` when strict), exactly. */
export function atLeast(ratio: Ratio, num: number, den: number, strict = false): boolean {
  const left = ratio.num * BigInt(den);
  const right = BigInt(num) * ratio.den;
  return strict ? left > right : left >= right;
}

/** Hundredths, rounded half up: 87.125 → 8713. */
export function hundredths(num: bigint, den: bigint): number {
  return Number((num * 200n + den) / (den * 2n));
}
