import { budgetText, missOf } from './figure.js';
import { findings } from './findings.js';
import type { RecordedFigure } from './results-store.js';
import { formatSpread } from './stats.js';

export function renderResults(figures: readonly RecordedFigure[]): string {
  const machines = [...new Set(figures.map((figure) => figure.machine))];
  const rows = figures.map((figure) => {
    const miss = missOf(figure);
    return `| ${figure.title} | ${figure.unit} | ${formatSpread(figure.spread)} | ${budgetText(figure.budget)} | ${miss ? `**missed** (${miss.by})` : figure.budget ? 'met' : '—'} | ${figure.measuredOn} |`;
  });
  const sections = figures.map((figure) => `### ${figure.title}\n\n<!-- ${figure.id} -->\n${figure.detail}`);
  return [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (100k members, 5 runs); `npm run bench:check` exits non-zero when a median',
    'misses its budget. `npm run bench -- --quick` runs everything at 1k once and checks that ours and',
    'each baseline give the same answers (correctness, not timing). Every figure is a ratio or size measured',
    'in one run beside its baseline: compare ratios, not absolute times, across machines. Timings are never',
    'asserted in tests.',
    '',
    `Machine: ${machines.join('; ')}.`,
    '',
    'Work that never waits (classification) is timed in CPU time; persistence and REST in wall time,',
    'which on this shared machine (load average 8–10 on 2 cores during the 2026-11-30 run) spreads',
    'widely: read the min and max beside each median.',
    '',
    '| figure | unit | min / **median** / max | budget | verdict | measured |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    '## Missed budgets: profiles and what would close them',
    '',
    ...findings.map(([id, text]) => `- **${id}**: ${text}`),
    '',
    '## Details',
    '',
    sections.join('\n\n'),
    '',
  ].join('\n');
}
