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

/** CPU milliseconds this process has used (all threads: the collector's too). */
export function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const wallMs = (): number => performance.now();

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
  const now = clock === 'cpu' ? processCpuMs : wallMs;
  const measured = await pairRuns(runs, { run: ours, clock: now }, { run: baseline, clock: now });
  return { ours: measured.ours, baseline: measured.baseline, ratio: measured.ratio, runs };
}

export interface PairRuns {
  readonly ours: Spread;
  readonly baseline: Spread;
  readonly ratio: Spread;
  readonly oursWall: Spread;
  readonly baselineWall: Spread;
}

/**
 * `ratioRuns` where each side brings its own clock (ours the process's CPU; a query the backend's
 * CPU plus ours receiving the rows). Wall times are kept beside. One untimed warm-up each, then
 * `runs` pairs, the order alternating.
 */
export async function pairRuns(
  runs: number,
  ours: { run: () => unknown; clock: () => number },
  baseline: { run: () => unknown; clock: () => number },
): Promise<PairRuns> {
  await ours.run();
  await baseline.run();
  const time = async (side: { run: () => unknown; clock: () => number }): Promise<[number, number]> => {
    const [clock, wall] = [side.clock(), performance.now()];
    await side.run();
    return [side.clock() - clock, performance.now() - wall];
  };
  const samples = {
    ours: [] as number[],
    baseline: [] as number[],
    oursWall: [] as number[],
    baselineWall: [] as number[],
  };
  for (let run = 0; run < runs; run++) {
    let o: [number, number], b: [number, number];
    if (run % 2 === 0) [o, b] = [await time(ours), await time(baseline)];
    else [b, o] = [await time(baseline), await time(ours)];
    samples.ours.push(o[0]);
    samples.oursWall.push(o[1]);
    samples.baseline.push(b[0]);
    samples.baselineWall.push(b[1]);
  }
  const ratios = samples.ours.map((o, i) => o / samples.baseline[i]!);
  return {
    ours: spread(samples.ours),
    baseline: spread(samples.baseline),
    ratio: spread(ratios),
    oursWall: spread(samples.oursWall),
    baselineWall: spread(samples.baselineWall),
  };
}
