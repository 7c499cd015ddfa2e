import { snapshotFromRecords, type EntityRecords, type Snapshot } from '@dangjian/core';
import type { Figure } from '../figure.js';
import { generateTenant } from '../generate.js';
import type { BenchOptions } from '../options.js';
import { spread } from '../stats.js';

// The heap a loaded tenant holds: records parsed from JSON (as a store hands them back), made a
// snapshot, the JSON and the records array dropped. Measured after a full GC (node --expose-gc);
// the baseline is the same members in a plain Map by id.

const gc = (): void => {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('memory figure: run node with --expose-gc (npm run bench does)');
  collect();
  collect();
};

function heapAfter(build: () => unknown): { bytes: number; kept: unknown } {
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = build();
  gc();
  return { bytes: process.memoryUsage().heapUsed - before, kept };
}

export function memoryFigures(options: BenchOptions): Figure[] {
  const json = JSON.stringify(generateTenant(options.members).records);
  const perMember: number[] = [];
  const mapPerMember: number[] = [];
  let count = 0;
  for (let run = 0; run < options.runs; run++) {
    const ours = heapAfter((): Snapshot => snapshotFromRecords('320402', 1, JSON.parse(json) as EntityRecords));
    const snapshot = ours.kept as Snapshot;
    count = snapshot.members.size;
    perMember.push(ours.bytes / 1024 / count);
    const plain = heapAfter(
      () => new Map((JSON.parse(json) as EntityRecords).members!.map((member) => [member.id, member])),
    );
    mapPerMember.push(plain.bytes / 1024 / count);
  }
  const n = count.toLocaleString('en');
  return [
    {
      id: 'memory.snapshot',
      title: `Memory: heap of a loaded ${n}-member snapshot`,
      unit: 'KB per member',
      spread: spread(perMember),
      runs: options.runs,
      budget: { max: 1.5 },
      detail: `Baseline, the same members in a plain \`Map\` by id: ${spread(mapPerMember).median.toFixed(2)} KB per member (median). Orgs (${Math.round(count / 40)} branches and their groups) are counted in the snapshot's figure.`,
    },
  ];
}
