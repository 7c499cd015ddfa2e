import { spread, type Spread } from './stats.js';

export interface RatioRuns {
  readonly ours: Spread;
  readonly baseline: Spread;
  readonly ratio: Spread;
  readonly runs: number;
}

/**
 * `wall`: elapsed time, for work that waits (I/O). `cpu`: this process's CPU time, for work that
 * does not wait: on a shared 2-core machine, wall time also counts the time other processes had
 * the core, which no ratio survives.
 */
export type Clock = 'wall' | 'cpu';

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const elapsed = async (run: () => unknown, clock: Clock): Promise<number> => {
  const now = clock === 'cpu' ? cpuMs : () => performance.now();
  const began = now();
  await run();
  return now() - began;
};

/**
 * Times ours and the baseline side by side `runs` times (after one untimed warm-up each), the
 * order alternating so neither always runs on a warmer machine; each run gives one ratio.
 */
export async function ratioRuns(
  runs: number,
  ours: () => unknown,
  baseline: () => unknown,
  clock: Clock = 'wall',
): Promise<RatioRuns> {
  await ours();
  await baseline();
  const oursMs: number[] = [];
  const baselineMs: number[] = [];
  const ratios: number[] = [];
  for (let run = 0; run < runs; run++) {
    let [o, b] = [0, 0];
    if (run % 2 === 0) [o, b] = [await elapsed(ours, clock), await elapsed(baseline, clock)];
    else [b, o] = [await elapsed(baseline, clock), await elapsed(ours, clock)];
    oursMs.push(o);
    baselineMs.push(b);
    ratios.push(o / b);
  }
  return { ours: spread(oursMs), baseline: spread(baselineMs), ratio: spread(ratios), runs };
}
