import { spread, type Spread } from './stats.js';

export interface RatioRuns {
  readonly ours: Spread;
  readonly baseline: Spread;
  readonly ratio: Spread;
  readonly runs: number;
}

const elapsed = async (run: () => unknown): Promise<number> => {
  const began = performance.now();
  await run();
  return performance.now() - began;
};

/**
 * Times ours and the baseline side by side `runs` times (after one untimed warm-up each), the
 * order alternating so neither always runs on a warmer machine; each run gives one ratio.
 */
export async function ratioRuns(runs: number, ours: () => unknown, baseline: () => unknown): Promise<RatioRuns> {
  await ours();
  await baseline();
  const oursMs: number[] = [];
  const baselineMs: number[] = [];
  const ratios: number[] = [];
  for (let run = 0; run < runs; run++) {
    let [o, b] = [0, 0];
    if (run % 2 === 0) [o, b] = [await elapsed(ours), await elapsed(baseline)];
    else [b, o] = [await elapsed(baseline), await elapsed(ours)];
    oursMs.push(o);
    baselineMs.push(b);
    ratios.push(o / b);
  }
  return { ours: spread(oursMs), baseline: spread(baselineMs), ratio: spread(ratios), runs };
}
