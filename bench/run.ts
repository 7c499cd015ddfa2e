import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import {
  checkClassificationAgrees,
  classificationFigure,
  classificationRoster,
} from './classification/classification.bench.js';
import { demoFigures } from './demo/demo.bench.js';
import { checkDuesAgree, duesFigure, duesInputs } from './dues/dues.bench.js';
import { complianceFigure } from './compliance/compliance.bench.js';
import { componentsFigures } from './browser/components.bench.js';
import { indexedDbFigures } from './browser/indexeddb.bench.js';
import type { Figure } from './figure.js';
import { commandFigures } from './kernel/kernel.bench.js';
import { memoryFigures } from './memory/memory.bench.js';
import { parseOptions, type BenchOptions } from './options.js';
import { persistenceFigures } from './persistence/persistence.bench.js';
import { renderResults } from './report.js';
import { readRecordedFigures, recordFigures } from './results-store.js';
import { formatRatio } from './stats.js';
import { restFigures } from './rest/rest.bench.js';
import { restScaleFigures } from './rest/rest-scale.bench.js';
import { sizeFigures } from './size/size.bench.js';

/**
 * `npm run bench`: every figure of issue 15 beside its baseline, ≥ 5 runs each; writes
 * bench/results/<figure>.json and bench/RESULTS.md. `--quick`: 1k members, one run, every baseline's
 * answers compared with ours (a mismatch throws); nothing written.
 */
const options = parseOptions(process.argv.slice(2));
const resultsMd = new URL('./RESULTS.md', import.meta.url);

const sections: Record<string, (options: BenchOptions) => Figure[] | Promise<Figure[]>> = {
  classification: async (o) => [await classificationFigure(o)],
  dues: async (o) => [await duesFigure(o)],
  // Compares ours and the query cell by cell on every run (quick or not) before timing.
  compliance: async (o) => [await complianceFigure(o)],
  commands: commandFigures,
  persistence: persistenceFigures,
  indexeddb: indexedDbFigures,
  rest: restFigures,
  restScale: restScaleFigures,
  memory: memoryFigures,
  components: componentsFigures,
  size: () => sizeFigures(),
  demo: demoFigures,
};

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, Node ${process.version}`;
const measuredOn = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
const figures: Figure[] = [];
// `--render`: rewrite RESULTS.md from bench/results/ without measuring anything.
const render = process.argv.includes('--render');
for (const [name, run] of render ? [] : Object.entries(sections)) {
  if (options.only && !options.only.includes(name)) continue;
  if (options.quick && name === 'size') continue; // a size is not an answer to compare
  const began = performance.now();
  if (options.quick && name === 'classification') checkClassificationAgrees(classificationRoster(options.members));
  if (options.quick && name === 'dues') checkDuesAgree(duesInputs(options.members));
  const measured = await run(options);
  figures.push(...measured);
  console.log(`${name}: ${measured.length} figure(s) in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  for (const figure of measured) console.log(`  ${figure.id}: ${formatRatio(figure.spread.median)} ${figure.unit}`);
}

if (options.quick) {
  console.log('quick: ours and every baseline agree');
} else {
  // Figures not measured this time (--only) keep their last files.
  await recordFigures(figures.map((figure) => ({ ...figure, machine, measuredOn })));
  writeFileSync(resultsMd, renderResults(readRecordedFigures()));
  console.log('wrote bench/results/ and bench/RESULTS.md');
}
