import { duesAmount, type DuesCategory } from '@dangjian/core';
import type { Figure } from '../figure.js';
import type { BenchOptions } from '../options.js';
import { formatMs, formatSpread } from '../stats.js';
import { ratioRuns } from '../timing.js';
import { handDuesFen, handDuesLine } from './hand-dues.js';

/** One month's dues inputs for `count` members: every category, bases across every band. */
export interface DuesInput {
  readonly category: DuesCategory;
  readonly baseFen?: number;
  readonly fixedFen?: number;
}

const categories: readonly DuesCategory[] = [
  'employed',
  'employed',
  'employed',
  'retired',
  'retired',
  'annualSalary',
  'selfEmployed',
  'farmer',
  'student',
  'unemployed',
  'subsistence',
];

export function duesInputs(count: number): DuesInput[] {
  const inputs: DuesInput[] = [];
  for (let i = 0; i < count; i++) {
    const category = categories[i % categories.length]!;
    // Deterministic bases from 0.01 元 to ~150,000 元, the band edges (3,000 / 5,000 / 10,000 元) included.
    const edge = [300_000, 300_001, 500_000, 500_001, 1_000_000, 1_000_001][i % 6]!;
    const baseFen = i % 10 === 0 ? edge : 1 + ((i * 7919) % 15_000_000);
    if (category === 'farmer') inputs.push({ category, fixedFen: 20 + (i % 81) });
    else if (['student', 'unemployed', 'subsistence'].includes(category)) inputs.push({ category });
    else inputs.push({ category, baseFen });
  }
  return inputs;
}

/** The kit and the hand loop must give the same fen for every member. */
export function checkDuesAgree(inputs: readonly DuesInput[]): void {
  for (const [i, input] of inputs.entries()) {
    const ours = duesAmount(input).amountFen;
    const hand = handDuesFen(input.category, input.baseFen, input.fixedFen);
    const line = handDuesLine(input.category, input.baseFen, input.fixedFen);
    if (ours !== hand || line.amountFen !== hand)
      throw new Error(`dues of input ${i} (${input.category}) differ: kit ${ours} / hand ${hand}`);
  }
}

export async function duesFigure(options: BenchOptions): Promise<Figure> {
  const inputs = duesInputs(options.members);
  checkDuesAgree(inputs);
  let sink = 0;
  const kit = (): void => {
    for (const input of inputs) sink += duesAmount(input).amountFen;
  };
  // The baseline writes what a month needs per member, a line (category, amount, base, rate), as
  // the kit does; the bare loop that keeps only a number is shown beside it.
  const hand = (): void => {
    for (const input of inputs) sink += handDuesLine(input.category, input.baseFen, input.fixedFen).amountFen;
  };
  const bare = (): void => {
    for (const input of inputs) sink += handDuesFen(input.category, input.baseFen, input.fixedFen);
  };
  const measured = await ratioRuns(options.runs, kit, hand, 'cpu');
  const versusBare = await ratioRuns(options.runs, kit, bare, 'cpu');
  if (sink < 0) throw new Error('unreachable');
  const n = inputs.length.toLocaleString('en');
  return {
    id: 'dues',
    title: `Dues for a month of ${n} members vs a hand loop`,
    unit: 'ours ÷ hand loop',
    spread: measured.ratio,
    runs: options.runs,
    budget: { max: 1.5 },
    detail: [
      `| what | CPU time for ${n} members (min / median / max) |`,
      '|---|---|',
      `| kit: \`duesAmount\` (rule-set bands, rounding as data, the trace on demand) | ${formatSpread(measured.ours, formatMs)} |`,
      `| baseline: hand loop, bands as \`if\`s, half-up in integers, a line object per member | ${formatSpread(measured.baseline, formatMs)} |`,
      `| bare hand loop keeping only the amount (no line) | ${formatSpread(versusBare.baseline, formatMs)} |`,
      '',
      `Kit ÷ bare hand loop: ${formatSpread(versusBare.ratio)}.`,
    ].join('\n'),
  };
}
