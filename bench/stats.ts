/** The median of a list of samples. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 0 ? (sorted[middle - 1]! + sorted[middle]!) / 2 : sorted[middle]!;
}

export interface Spread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

export function spread(samples: readonly number[]): Spread {
  return { min: Math.min(...samples), median: median(samples), max: Math.max(...samples) };
}

export const formatMs = (ms: number): string =>
  ms < 0.1 ? `${(ms * 1000).toFixed(1)} µs` : ms < 100 ? `${ms.toFixed(2)} ms` : `${Math.round(ms)} ms`;

/** Two decimals, or two significant digits below 0.1 (a throughput ratio of 0.0014 is not 0.00). */
export const formatRatio = (n: number): string => (Math.abs(n) < 0.1 && n !== 0 ? n.toPrecision(2) : n.toFixed(2));

export const formatSpread = (value: Spread, format: (n: number) => string = formatRatio): string =>
  `${format(value.min)} / **${format(value.median)}** / ${format(value.max)}`;
