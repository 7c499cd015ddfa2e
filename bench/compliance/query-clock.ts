import { existsSync, readFileSync } from 'node:fs';
import type pg from 'pg';
import { spread, type Spread } from '../stats.js';

/** CPU milliseconds this process has used (all threads: the collector's too). */
export function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * The CPU milliseconds a PostgreSQL backend has used, from /proc (user + system, 10 ms ticks),
 * or undefined when the server is not on this machine (PG_URL elsewhere): its CPU is then out of reach.
 */
export async function backendCpuClock(client: pg.PoolClient): Promise<(() => number) | undefined> {
  const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  const stat = `/proc/${rows[0]!.pid}/stat`;
  if (!existsSync(stat)) return undefined;
  const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux
  return () => {
    // Fields after "(comm) ": state is [0], utime [11], stime [12].
    const fields = readFileSync(stat, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
  };
}

export interface PairRuns {
  readonly ours: Spread;
  readonly baseline: Spread;
  readonly ratio: Spread;
  readonly oursWall: Spread;
  readonly baselineWall: Spread;
}

/**
 * Like `ratioRuns`, but each side brings its own clock: ours the process's CPU, the query the
 * backend's CPU plus ours receiving the rows. Wall times are kept beside. One untimed warm-up
 * each, then `runs` pairs, the order alternating.
 */
export async function pairRuns(
  runs: number,
  ours: { run: () => unknown; clock: () => number },
  baseline: { run: () => Promise<unknown>; clock: () => number },
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
