import { createClassifier, type Member } from '@dangjian/core';
import type { Figure } from '../figure.js';
import { generateTenant } from '../generate.js';
import type { BenchOptions } from '../options.js';
import { formatMs, formatSpread } from '../stats.js';
import { ratioRuns } from '../timing.js';
import { handClassify } from './hand-loop.js';
import { classifyColumns, namesOf, toColumns } from './typed-floor.js';

const asOf = '2026-11-23';

/** A roster with the facts the rules read filled in deterministically. */
export function classificationRoster(count: number): Member[] {
  const employments = ['employed', 'retired', 'unemployed', 'student', 'farmer', 'selfEmployed'] as const;
  return generateTenant(count).records.members.map((member, i) => ({
    ...member,
    employment: employments[i % employments.length]!,
    ...(i % 7 === 0 && { outflow: { since: `2026-0${1 + (i % 9)}-15` } }),
    ...(i % 11 === 0 && { lastContactOn: i % 2 === 0 ? '2025-12-01' : '2026-08-31' }),
    ...(i % 13 === 0 && { lostContactSince: '2024-03-01' }),
    ...(i % 17 === 0 && { relocation: i % 2 === 0 ? ('inTransition' as const) : ('resettled' as const) }),
    ...(i % 19 === 0 && { directlyManaged: true }),
    ...(i % 23 === 0 && { skills: ['电工'] }),
    ...(i % 5 === 0 && { care: i % 2 === 0 ? ['hardship' as const] : ['ill' as const, 'emptyNest' as const] }),
    ...(i % 3 === 0 && {
      employer: { name: '某公司', kind: i % 2 === 0 ? ('privateEnterprise' as const) : ('stateOwned' as const) },
    }),
  }));
}

/** Ours, the hand loop and the typed-array floor must name the same categories for every member. */
export function checkClassificationAgrees(members: readonly Member[]): void {
  const classifier = createClassifier();
  const columns = toColumns(members);
  const bits = new Uint32Array(members.length);
  classifyColumns(columns, asOf, bits);
  members.forEach((member, i) => {
    const ours = classifier.classify(member, asOf);
    const kit = [...ours.categories, ...ours.care].map((result) => result.yields).join(',');
    const hand = handClassify(member, asOf);
    const handNames = [...hand.categories, ...hand.care].join(',');
    const floor = namesOf(bits[i]!).join(',');
    if (kit !== handNames || kit !== floor)
      throw new Error(`classification of ${member.id} differs: kit ${kit} / hand ${handNames} / floor ${floor}`);
    // Explanations are on demand, but when read they are there and name the facts.
    for (const result of ours.categories) if (!result.reason.en || !result.facts) throw new Error('no explanation');
  });
}

export async function classificationFigure(options: BenchOptions): Promise<Figure> {
  const members = classificationRoster(options.members);
  checkClassificationAgrees(members);
  const classifier = createClassifier();
  let sink = 0;
  const kit = (): void => {
    for (const member of members) sink += classifier.classify(member, asOf).categories.length;
  };
  const hand = (): void => {
    for (const member of members) sink += handClassify(member, asOf).categories.length;
  };
  const columns = toColumns(members);
  const out = new Uint32Array(members.length);
  const floor = (): void => classifyColumns(columns, asOf, out);
  const versusHand = await ratioRuns(options.runs, kit, hand, 'cpu');
  const versusFloor = await ratioRuns(options.runs, hand, floor, 'cpu');
  if (sink < 0) throw new Error('unreachable');
  const n = members.length.toLocaleString('en');
  return {
    id: 'classification',
    title: `Classification of ${n} members vs a hand loop`,
    unit: 'ours ÷ hand loop',
    spread: versusHand.ratio,
    runs: options.runs,
    budget: { max: 1.5 },
    detail: [
      `| what | CPU time for ${n} members (min / median / max) |`,
      '|---|---|',
      `| kit: \`classifier.classify\` (rule set compiled to closures; facts and reasons on demand) | ${formatSpread(versusHand.ours, formatMs)} |`,
      `| baseline: hand loop, rules as \`if\`s, bare names | ${formatSpread(versusHand.baseline, formatMs)} |`,
      `| floor: typed arrays, one bit per rule (packing not timed) | ${formatSpread(versusFloor.baseline, formatMs)} |`,
      '',
      `Hand loop ÷ typed-array floor: ${formatSpread(versusFloor.ratio)}.`,
    ].join('\n'),
  };
}
