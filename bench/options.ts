/** `npm run bench -- [--quick] [--runs=N] [--only=classification,commands,…] [--rest-seconds=10]`. */
export interface BenchOptions {
  /** 1k members, answers compared, timings not recorded. */
  readonly quick: boolean;
  readonly members: number;
  readonly runs: number;
  readonly only: readonly string[] | undefined;
  /** Seconds of load per REST measurement (the issue: 10). */
  readonly restSeconds: number;
}

export function parseOptions(argv: readonly string[]): BenchOptions {
  const value = (name: string): string | undefined =>
    argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const quick = argv.includes('--quick');
  const runs = Number(value('runs') ?? (quick ? 1 : 5));
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError('--runs must be a whole number ≥ 1');
  const restSeconds = Number(value('rest-seconds') ?? 10);
  return { quick, members: quick ? 1_000 : 100_000, runs, only: value('only')?.split(','), restSeconds };
}
