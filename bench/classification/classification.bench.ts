import { createClassifier, defaultClassificationRules, type Member } from '@dangjian/core';
import { generateTenant } from '../generate.js';
import { formatMs, median } from '../stats.js';
import { interpretRules } from './interpret.js';

const asOf = '2026-11-23';

/** A 100,000-member roster with the facts the rules read filled in deterministically. */
function roster(): Member[] {
  const employments = ['employed', 'retired', 'unemployed', 'student', 'farmer', 'selfEmployed'] as const;
  return generateTenant(100_000).records.members.map((member, i) => ({
    ...member,
    employment: employments[i % employments.length]!,
    ...(i % 7 === 0 && { outflow: { since: `2025-0${1 + (i % 9)}-15` } }),
    ...(i % 11 === 0 && { lastContactOn: '2025-12-01' }),
    ...(i % 5 === 0 && { care: ['hardship' as const] }),
    ...(i % 3 === 0 && { employer: { name: '某公司', kind: 'privateEnterprise' as const } }),
  }));
}

function time(run: () => void, repeats: number): number {
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const began = performance.now();
    run();
    samples.push(performance.now() - began);
  }
  return median(samples);
}

export function runClassificationBench(): string {
  const members = roster();
  const classifier = createClassifier();
  const compiled = (): void => {
    for (const member of members) classifier.classify(member, asOf);
  };
  const interpreted = (): void => {
    for (const member of members) interpretRules(defaultClassificationRules, member, asOf);
  };
  compiled();
  interpreted();
  const kit = time(compiled, 5);
  const baseline = time(interpreted, 5);
  return [
    '| what | median time to classify 100,000 members | ratio to baseline |',
    '|---|---|---|',
    `| dangjian: rules compiled once to closures, results with facts and reasons | ${formatMs(kit)} | ${(kit / baseline).toFixed(2)} |`,
    `| baseline: walk the JSON rule tree per member, categories only | ${formatMs(baseline)} | 1.00 |`,
  ].join('\n');
}
