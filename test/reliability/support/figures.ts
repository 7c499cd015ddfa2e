import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scale } from './scale.js';

/** Where the reliability tests leave their measured counts for `scripts/reliability-report.mjs`. */
export const figuresDir =
  process.env['DJ_RELIABILITY_DIR'] ?? resolve(import.meta.dirname, '../../.artifacts/reliability');

/** One figure of docs/RELIABILITY.md: what was done, and the counts measured while doing it. */
export interface Figure {
  /** A heading: "Load through Workspace", "Faults", … */
  readonly title: string;
  /** One sentence: what the test did. */
  readonly setup: string;
  /** Counts by name, in the order the report shows them. */
  readonly counts: Readonly<Record<string, number>>;
  /** The counts that must be 0 (named in `counts`). */
  readonly mustBeZero: readonly string[];
  /** Wall-clock seconds the measurement took (reported, never asserted). */
  readonly seconds?: number;
}

/** Writes one figure as `<id>.json`, overwriting the previous run's. */
export function recordFigure(id: string, figure: Figure): void {
  mkdirSync(figuresDir, { recursive: true });
  writeFileSync(resolve(figuresDir, `${id}.json`), `${JSON.stringify({ id, scale, ...figure }, null, 2)}\n`);
}

/** Seconds since `start` (a `performance.now()` reading), to one decimal. */
export const secondsSince = (start: number): number => Math.round((performance.now() - start) / 100) / 10;
