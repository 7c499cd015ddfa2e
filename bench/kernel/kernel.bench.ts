import { execute, snapshotFromRecords, type CommandContext, type CommandType, type Snapshot } from '@dangjian/core';
import type { Figure } from '../figure.js';
import { generateTenant, type GeneratedTenant } from '../generate.js';
import type { BenchOptions } from '../options.js';
import { formatMs, formatSpread, median, spread } from '../stats.js';

// Command cost at 100k vs 1k members, kind by kind: a command must cost the same whatever the
// size of the tenant (tables are persistent tries). Each sample is the median of `perRun`
// commands of one kind, each timed alone, chained from the same starting snapshot.

const ctx: CommandContext = { actor: { id: 'bench', roles: [] }, now: '2026-11-23T02:00:00.000Z' };
const perRun = 200;

type InputOf = (i: number, tenant: GeneratedTenant) => unknown;

const member = (i: number): string => `m${(i * 37) % 1000}`;
const branch = (i: number, tenant: GeneratedTenant): string => tenant.branchIds[i % tenant.branchIds.length]!;
const group = (i: number, tenant: GeneratedTenant): string => tenant.groupIds[i % tenant.groupIds.length]!;

/** A valid input for the i-th command of each kind measured (every i < 1,000 names its own member). */
export const commandInputs: Partial<Record<CommandType, InputOf>> = {
  'org.create': (i, t) => ({
    id: `new-org${i}`,
    name: `新党支部${i}`,
    kind: 'branch',
    setting: 'residential',
    parentId: t.branchIds[0]!.replace(/b\d+$/, ''),
  }),
  'org.rename': (i, t) => ({ orgId: branch(i, t), name: `党支部${i}` }),
  // Group k starts under branch ⌊k/2⌋; its r-th move goes one branch further, so no move is a no-op.
  'org.move': (i, t) => {
    const [k, r] = [i % t.groupIds.length, Math.floor(i / t.groupIds.length)];
    return { orgId: t.groupIds[k]!, parentId: branch(Math.floor(k / 2) + 1 + r, t) };
  },
  'member.register': (i, t) => ({
    id: `new${i}`,
    name: '新党员',
    gender: 'female',
    birthDate: '1999-09-09',
    stage: 'probationary',
    relationOrgId: branch(i, t),
  }),
  'member.update': (i) => ({ memberId: member(i), employment: 'retired' }),
  'member.addSkill': (i) => ({ memberId: member(i), skill: `特长${i % 7}` }),
  'member.changeManagingOrg': (i, t) => ({ memberId: member(i), managingOrgId: group(i, t) }),
  'member.markOutflow': (i) => ({ memberId: member(i), since: '2026-05-01' }),
  'member.markLostContact': (i) => ({ memberId: member(i), since: '2026-05-01' }),
  'member.retire': (i) => ({ memberId: member(i), on: '2026-11-01' }),
  'member.archive': (i) => ({ memberId: member(i), status: 'deceased', on: '2026-11-01' }),
};

interface Fixture {
  readonly tenant: GeneratedTenant;
  readonly snapshot: Snapshot;
}

function fixture(members: number): Fixture {
  const tenant = generateTenant(members);
  return { tenant, snapshot: snapshotFromRecords('320402', 0, tenant.records) };
}

/** Runs `count` commands of one kind, each timed alone; throws if one is refused (the answer must be right). */
export function timeKind({ tenant, snapshot: start }: Fixture, type: CommandType, count = perRun): number[] {
  const inputOf = commandInputs[type]!;
  const samples: number[] = [];
  let snapshot = start;
  for (let i = 0; i < count; i++) {
    const input = inputOf(i, tenant);
    const began = performance.now();
    const result = execute(snapshot, type, input, ctx);
    samples.push(performance.now() - began);
    if (!result.ok) throw new Error(`${type} refused: ${result.error.code} ${result.error.text.en}`);
    snapshot = result.value.snapshot;
  }
  return samples;
}

export function commandFigures(options: BenchOptions): Figure[] {
  const small = fixture(1_000);
  const large = fixture(options.quick ? 1_000 : 100_000);
  const types = Object.keys(commandInputs) as CommandType[];
  const count = options.quick ? 20 : perRun;
  // Warm the JIT on the small tenant first so neither side pays for compilation.
  for (const type of types) timeKind(small, type, count);
  return types.map((type) => {
    const [smalls, larges, ratios]: [number[], number[], number[]] = [[], [], []];
    for (let run = 0; run < options.runs; run++) {
      const a = median(timeKind(small, type, count));
      const b = median(timeKind(large, type, count));
      smalls.push(a);
      larges.push(b);
      ratios.push(b / a);
    }
    return {
      id: `command.${type}`,
      title: `Command \`${type}\` at 100k vs 1k members`,
      unit: 'median at 100k ÷ median at 1k',
      spread: spread(ratios),
      runs: options.runs,
      budget: { max: 1.5 },
      detail: `median per command: 1k ${formatSpread(spread(smalls), formatMs)}, 100k ${formatSpread(spread(larges), formatMs)} (${count} commands per run)`,
    };
  });
}
