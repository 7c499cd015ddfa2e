import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { runClassificationBench } from './classification/classification.bench.js';
import { kernelReport, runKernelBench } from './kernel/kernel.bench.js';
import { runRestCommandBench } from './rest/rest-command.bench.js';

/**
 * `npm run bench`: runs every benchmark side by side with its baseline and rewrites its section of
 * bench/RESULTS.md. Speed is reported as ratios measured in one run, never asserted in tests.
 */
const resultsPath = new URL('./RESULTS.md', import.meta.url);

function replaceSection(markdown: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${body}\n${end}`;
  const pattern = new RegExp(`${start}[\\s\\S]*?${end}`);
  return pattern.test(markdown) ? markdown.replace(pattern, block) : `${markdown.trimEnd()}\n\n${block}\n`;
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
const kernel = runKernelBench();
const kernelBody = `Measured ${machine}.\n\n${kernelReport(kernel)}`;
console.log(kernelBody);

const classificationBody = `Measured ${machine}.\n\n${runClassificationBench()}`;
console.log(classificationBody);

const restBody = `Measured ${machine}.\n\n${await runRestCommandBench()}`;
console.log(restBody);

let markdown = readFileSync(resultsPath, 'utf8');
markdown = replaceSection(markdown, 'kernel', kernelBody);
markdown = replaceSection(markdown, 'classification', classificationBody);
markdown = replaceSection(markdown, 'rest-command', restBody);
writeFileSync(resultsPath, markdown);
