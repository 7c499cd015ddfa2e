import { missOf } from './figure.js';
import { formatRatio } from './stats.js';
import { readRecordedFigures } from './results-store.js';

/**
 * `npm run bench:check`: reads the figures the last `npm run bench` wrote (bench/results/)
 * and exits 1 when a median misses its budget, saying by how much.
 */
const figures = readRecordedFigures();
const budgeted = figures.filter((figure) => figure.budget);
let missed = 0;
for (const figure of budgeted) {
  const miss = missOf(figure);
  if (miss) missed++;
  console.log(
    miss
      ? `MISSED  ${figure.id}: ${miss.by} ${figure.unit} (measured ${figure.measuredOn})`
      : `met     ${figure.id}: ${formatRatio(figure.spread.median)} ${figure.unit}`,
  );
}
console.log(
  `${missed} of ${budgeted.length} budgets missed (${[...new Set(budgeted.map((figure) => figure.machine))].join('; ')})`,
);
process.exitCode = missed > 0 ? 1 : 0;
