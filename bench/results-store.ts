import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { commandTypes } from '@dangjian/core';
import { format, resolveConfig } from 'prettier';
import type { Figure } from './figure.js';

/** A figure as recorded: its samples plus where and when they were measured. */
export type RecordedFigure = Figure & { readonly machine: string; readonly measuredOn: string };

/**
 * One file per figure (bench/results/<id>.json): a run with `--only` rewrites just its own
 * figures, and branches measuring different figures never edit the same file.
 */
const folder = new URL('./results/', import.meta.url);

/** Where a figure sits in RESULTS.md: the order of figures, commands in registry order. */
const sectionOrder = [
  'classification',
  'command.',
  'compliance',
  'dues',
  'persistence.',
  'indexeddb.',
  'open.',
  'rest.',
  'memory',
  'components.',
  'size.',
  'demo',
];

function orderOf(id: string): readonly [number, number, string] {
  const section = sectionOrder.findIndex((prefix) => id.startsWith(prefix));
  const command = id.startsWith('command.') ? commandTypes.indexOf(id.slice('command.'.length) as never) : 0;
  return [section === -1 ? sectionOrder.length : section, command, id];
}

function compareFigures(a: RecordedFigure, b: RecordedFigure): number {
  const [sa, ca, ia] = orderOf(a.id);
  const [sb, cb, ib] = orderOf(b.id);
  return sa - sb || ca - cb || ia.localeCompare(ib);
}

export function readRecordedFigures(): RecordedFigure[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as RecordedFigure)
    .sort(compareFigures);
}

/** Formatted as the repository's prettier would, so `npm run lint` stays green after a bench. */
export async function recordFigures(figures: readonly RecordedFigure[]): Promise<void> {
  mkdirSync(folder, { recursive: true });
  for (const figure of figures) {
    const file = new URL(`${figure.id}.json`, folder);
    const config = await resolveConfig(file);
    writeFileSync(file, await format(JSON.stringify(figure), { ...config, parser: 'json' }));
  }
}
