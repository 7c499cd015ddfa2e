import { commandTypes, execute, snapshotFromRecords, type CommandType, type Snapshot } from '@dangjian/core';
import type { Figure } from '../figure.js';
import { generateTenant, type GeneratedTenant } from '../generate.js';
import type { BenchOptions } from '../options.js';
import { formatMs, formatSpread, median, spread } from '../stats.js';
import { commandInputs, commandNotes } from './command-inputs.js';
import { benchCtx, perRun, withBenchCommunity } from './command-setup.js';

// Command cost at 100k vs 1k members, kind by kind: a command must cost the same whatever the
// size of the tenant (tables are persistent tries). Each sample is the median of `perRun`
// commands of one kind, each timed alone, chained from the same starting snapshot: the generated
// street plus the bench community (command-setup.ts), built alike at both sizes.

interface Fixture {
  readonly tenant: GeneratedTenant;
  readonly snapshot: Snapshot;
}

function fixture(members: number): Fixture {
  const tenant = generateTenant(members);
  return { tenant, snapshot: withBenchCommunity(snapshotFromRecords('320402', 0, tenant.records)) };
}

/** Every registered kind needs an input: a new command without one fails the quick run CI makes. */
export function assertEveryKindHasInput(): void {
  const missing = commandTypes.filter((type) => typeof commandInputs[type] !== 'function');
  if (missing.length > 0) throw new Error(`bench/kernel/command-inputs.ts has no input for ${missing.join(', ')}`);
}

/** Runs `count` commands of one kind, each timed alone; throws if one is refused (the answer must be right). */
export function timeKind({ tenant, snapshot: start }: Fixture, type: CommandType, count = perRun): number[] {
  const inputOf = commandInputs[type];
  const samples: number[] = [];
  let snapshot = start;
  for (let i = 0; i < count; i++) {
    const input = inputOf(i, tenant);
    const began = performance.now();
    const result = execute(snapshot, type, input, benchCtx);
    samples.push(performance.now() - began);
    if (!result.ok) {
      const { code, field, text } = result.error;
      throw new Error(`${type} #${i} refused: ${code} ${field ?? ''} ${text.en}`);
    }
    snapshot = result.value.snapshot;
  }
  return samples;
}

/** `--kinds=dues.pay,org.merge`: measure only these (for profiling one kind); every kind otherwise. */
function kindsAsked(): CommandType[] | undefined {
  const asked = process.argv.find((arg) => arg.startsWith('--kinds='))?.slice('--kinds='.length);
  if (asked === undefined) return undefined;
  const kinds = asked.split(',');
  const unknown = kinds.filter((kind) => !(commandTypes as readonly string[]).includes(kind));
  if (unknown.length > 0) throw new Error(`--kinds: no command kind ${unknown.join(', ')}`);
  return kinds as CommandType[];
}

export function commandFigures(options: BenchOptions): Figure[] {
  assertEveryKindHasInput();
  const small = fixture(1_000);
  const large = options.quick ? small : fixture(100_000);
  const types = kindsAsked() ?? commandTypes;
  // Warm the JIT on the small tenant first so neither side pays for compilation. This pass runs
  // all 200 commands of every kind, so a quick run checks that each is accepted; its timed runs
  // then take 20 (timings are not its point).
  for (const type of types) timeKind(small, type);
  const count = options.quick ? 20 : perRun;
  return types.map((type) => {
    const [smalls, larges, ratios]: [number[], number[], number[]] = [[], [], []];
    for (let run = 0; run < options.runs; run++) {
      const a = median(timeKind(small, type, count));
      const b = median(timeKind(large, type, count));
      smalls.push(a);
      larges.push(b);
      ratios.push(b / a);
    }
    const note = commandNotes[type] ? `${commandNotes[type]}; ` : '';
    return {
      id: `command.${type}`,
      title: `Command \`${type}\` at 100k vs 1k members`,
      unit: 'median at 100k ÷ median at 1k',
      spread: spread(ratios),
      runs: options.runs,
      budget: { max: 1.5 },
      detail: `${note}median per command: 1k ${formatSpread(spread(smalls), formatMs)}, 100k ${formatSpread(spread(larges), formatMs)} (${count} commands per run)`,
    };
  });
}
