import { commandTypes } from '@dangjian/core';
import { budgetText, missOf } from './figure.js';
import { findings } from './findings.js';
import { commandInputs } from './kernel/kernel.bench.js';
import type { RecordedFigure } from './results-store.js';
import { formatSpread } from './stats.js';

const notYet = [
  [
    '3. Compliance for a year',
    'the compliance engine exists (`complianceReport`, with attendance); its bench beside one SQL query over the same meetings in PostgreSQL is not written yet',
  ],
  [
    '10. Demo first visit to first rows',
    'not measured in this round: needs a cold Chromium profile against `npm start`',
  ],
  [
    '2. The other command kinds',
    `the bench has a generated valid input for ${Object.keys(commandInputs).length} of ${commandTypes.length} kinds; not yet for ${commandTypes.filter((type) => !(type in commandInputs)).join(', ')}`,
  ],
];

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
    '## Not yet measurable',
    '',
    ...notYet.map(([what, why]) => `- **${what}**: ${why}.`),
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
