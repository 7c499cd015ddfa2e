import { formatRatio, type Spread } from './stats.js';

/** A budget on a figure's median: it must be at most `max`, or at least `min`. */
export interface Budget {
  readonly max?: number;
  readonly min?: number;
}

/** One figure of issue 15: its samples over ≥ 5 runs, its budget if it has one, and a table of what was timed. */
export interface Figure {
  /** Stable id, e.g. `classification` or `persistence.postgres`. */
  readonly id: string;
  readonly title: string;
  /** What one sample is: `ours ÷ baseline`, `KB per member`, `kB min+gzip`, … */
  readonly unit: string;
  readonly spread: Spread;
  readonly runs: number;
  readonly budget?: Budget;
  /** Markdown: the absolute times behind the ratio, the baseline, notes. */
  readonly detail: string;
}

export interface Miss {
  readonly figure: Figure;
  readonly by: string;
}

/** A figure misses its budget when its median is past it; `by` says how far, as a factor. */
export function missOf(figure: Figure): Miss | undefined {
  const { budget, spread } = figure;
  if (budget?.max !== undefined && spread.median > budget.max)
    return {
      figure,
      by: `${formatRatio(spread.median)} > ${budget.max} (×${(spread.median / budget.max).toFixed(2)} over)`,
    };
  if (budget?.min !== undefined && spread.median < budget.min)
    return {
      figure,
      by: `${formatRatio(spread.median)} < ${budget.min} (×${(budget.min / spread.median).toFixed(2)} short)`,
    };
  return undefined;
}

export const budgetText = (budget: Budget | undefined): string =>
  budget?.max !== undefined ? `≤ ${budget.max}` : budget?.min !== undefined ? `≥ ${budget.min}` : '—';
