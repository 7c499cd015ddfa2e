import {
  execute,
  moveOrg,
  registerMember,
  renameOrg,
  snapshotFromRecords,
  type CommandContext,
  type Snapshot,
} from '@dangjian/core';
import { enablePatches, produceWithPatches } from 'immer';
import { generateTenant, seededRandom, type GeneratedTenant } from '../generate.js';
import { formatMs, median } from '../stats.js';

enablePatches();

const ctx: CommandContext = { actor: { id: 'bench', roles: [] }, now: '2026-11-23T02:00:00.000Z' };
const commandsPerRun = 1000;
const baselineOperations = 25;

interface Fixture {
  readonly tenant: GeneratedTenant;
  readonly snapshot: Snapshot;
}

function fixture(members: number): Fixture {
  const tenant = generateTenant(members);
  return { tenant, snapshot: snapshotFromRecords('320402', 0, tenant.records) };
}

/** 1,000 mixed commands (rename, move a group, register a member), each timed alone; the chain goes on from each result. */
function timeKernel({ tenant, snapshot: start }: Fixture): number[] {
  const random = seededRandom(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const samples: number[] = [];
  let snapshot = start;
  for (let i = 0; i < commandsPerRun; i++) {
    const kind = i % 3;
    const began = performance.now();
    const result =
      kind === 0
        ? execute(snapshot, renameOrg, { orgId: pick(tenant.branchIds), name: `党支部${i}` }, ctx)
        : kind === 1
          ? execute(snapshot, moveOrg, { orgId: pick(tenant.groupIds), parentId: pick(tenant.branchIds) }, ctx)
          : execute(
              snapshot,
              registerMember,
              {
                id: `new${i}`,
                name: '新党员',
                gender: 'female',
                birthDate: '1999-09-09',
                stage: 'probationary',
                relationOrgId: pick(tenant.branchIds),
              },
              ctx,
            );
    samples.push(performance.now() - began);
    if (!result.ok) throw result.error;
    snapshot = result.value.snapshot;
  }
  return samples;
}

/**
 * The baseline: the textbook immer setup, a snapshot of plain objects by id, one
 * `produceWithPatches` per rename. Its cost grows with the tenant (the touched table is copied
 * and re-frozen), so it gets fewer operations: at 100k each one takes a fifth of a second.
 */
function timeNaiveImmer({ tenant }: Fixture, operations: number): number[] {
  const random = seededRandom(7);
  let state = {
    orgs: Object.fromEntries(tenant.records.orgs.map((org) => [org.id, org])),
    members: Object.fromEntries(tenant.records.members.map((member) => [member.id, member])),
  };
  const samples: number[] = [];
  for (let i = 0; i < operations; i++) {
    const id = `m${Math.floor(random() * tenant.records.members.length)}`;
    const began = performance.now();
    [state] = produceWithPatches(state, (draft) => {
      draft.members[id]!.name = `党员${i}`;
    });
    samples.push(performance.now() - began);
  }
  return samples;
}

export interface KernelBenchResult {
  readonly rows: { label: string; small: number; large: number; ratio: number }[];
}

export function runKernelBench(): KernelBenchResult {
  const small = fixture(1_000);
  const large = fixture(100_000);
  // Warm up the JIT on the small tenant first so neither side pays for compilation.
  timeKernel(small);
  timeNaiveImmer(small, baselineOperations);
  const kernelSmall = median(timeKernel(small));
  const kernelLarge = median(timeKernel(large));
  const naiveSmall = median(timeNaiveImmer(small, baselineOperations));
  const naiveLarge = median(timeNaiveImmer(large, baselineOperations));
  return {
    rows: [
      {
        label: 'dangjian kernel (execute, mixed commands)',
        small: kernelSmall,
        large: kernelLarge,
        ratio: kernelLarge / kernelSmall,
      },
      {
        label: `baseline: plain immer over objects by id (${baselineOperations} renames)`,
        small: naiveSmall,
        large: naiveLarge,
        ratio: naiveLarge / naiveSmall,
      },
    ],
  };
}

export function kernelReport(result: KernelBenchResult): string {
  const lines = [
    '| what | median at 1k members | median at 100k members | ratio 100k / 1k |',
    '|---|---|---|---|',
    ...result.rows.map(
      (row) => `| ${row.label} | ${formatMs(row.small)} | ${formatMs(row.large)} | ${row.ratio.toFixed(2)} |`,
    ),
  ];
  return lines.join('\n');
}
