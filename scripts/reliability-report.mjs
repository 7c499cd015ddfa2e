// Runs the reliability suite (and the other Node test projects, whose every logged line the PII
// guard scans) and writes docs/RELIABILITY.md from the counts the tests recorded: nothing in the
// doc is typed by hand. `npm run reliability` — full scale; `-- --quick` for npm test's scale,
// `-- --reliability-only` to skip the core and adapters projects (the PII figure then covers less).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import * as prettier from 'prettier';

const repo = resolve(import.meta.dirname, '..');
const artifacts = join(repo, 'test/.artifacts');
const figuresDir = join(artifacts, 'reliability');
const piiDir = join(artifacts, 'pii-scan');
const quick = process.argv.includes('--quick');
const projects = process.argv.includes('--reliability-only') ? ['reliability'] : ['core', 'adapters', 'reliability'];

/** The order and the wording of the issue's figures. */
const sections = [
  ['load-workspace', 'load-rest'],
  ['faults', 'browser-faults'],
  ['bad-input-fuzz', 'bad-input-imports'],
  ['pii'],
  ['tamper', 'cross-tenant'],
];

function run() {
  rmSync(figuresDir, { recursive: true, force: true });
  rmSync(piiDir, { recursive: true, force: true });
  mkdirSync(figuresDir, { recursive: true });
  const started = Date.now();
  const args = ['vitest', 'run', ...projects.flatMap((name) => ['--project', name])];
  const result = spawnSync(
    'npx',
    [...args, '--reporter=default', '--reporter=json', `--outputFile.json=${join(figuresDir, 'vitest.json')}`],
    {
      cwd: repo,
      stdio: 'inherit',
      env: { ...process.env, DJ_RELIABILITY_SCALE: quick ? 'quick' : 'full' },
    },
  );
  return {
    status: result.status ?? 1,
    seconds: Math.round((Date.now() - started) / 1000),
    command: `npx ${args.join(' ')}`,
  };
}

const version = (command, args) => {
  try {
    return execFileSync(command, args, { encoding: 'utf8' }).trim().split('\n')[0];
  } catch {
    return 'not found';
  }
};

function machine() {
  const cpu = cpus();
  return [
    `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
    `${Math.round(totalmem() / 2 ** 30)} GiB RAM (${Math.round(freemem() / 2 ** 30)} GiB free at the end)`,
    `Node ${process.version}`,
    version('/usr/lib/postgresql/15/bin/postgres', ['--version']),
    version('/usr/bin/chromium', ['--version']),
  ].join(' · ');
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** The PII figure: every test file's counts of lines written and personal-number shapes seen. */
function piiFigure() {
  const files = [];
  if (existsSync(piiDir))
    for (const project of readdirSync(piiDir))
      for (const name of readdirSync(join(piiDir, project))) files.push(readJson(join(piiDir, project, name)));
  const counts = { testFiles: files.length, linesScanned: 0, piiShapesInLogs: 0 };
  for (const file of files) {
    counts.linesScanned += file.lines;
    counts.piiShapesInLogs += file.hits;
  }
  const byProject = [...new Set(files.map((file) => file.project))].sort();
  for (const project of byProject) {
    const own = files.filter((file) => file.project === project);
    counts[`lines ${project}`] = own.reduce((sum, file) => sum + file.lines, 0);
  }
  return {
    id: 'pii',
    title: 'Personal data in logs',
    setup: `every console call and every write to stdout/stderr of the ${byProject.join(', ')} projects (${files.length} test files), scanned line by line for ID-number and mobile shapes by test/setup/pii-log-guard.ts; error bodies and import issues are scanned in the bad-input figures (piiInErrors, piiInRefusals)`,
    counts,
    mustBeZero: ['piiShapesInLogs'],
  };
}

function testSummary() {
  const path = join(figuresDir, 'vitest.json');
  if (!existsSync(path)) return 'no test report';
  const report = readJson(path);
  return `${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + (report.numTodoTests ?? 0)} skipped, in ${report.numTotalTestSuites} suites`;
}

const format = (value) => (typeof value === 'number' ? value.toLocaleString('en') : String(value));

function figureSection(figure) {
  const lines = [`### ${figure.title}`, '', `${figure.setup}.`, ''];
  lines.push('| count | value | |', '| --- | ---: | --- |');
  for (const [name, value] of Object.entries(figure.counts)) {
    const zero = figure.mustBeZero.includes(name);
    lines.push(`| ${name} | ${format(value)} | ${zero ? (value === 0 ? 'must be 0 ✔' : 'must be 0 ✘') : ''} |`);
  }
  if (figure.seconds !== undefined) lines.push('', `Measured time: ${figure.seconds} s.`);
  return lines.join('\n');
}

async function write(outcome) {
  const figures = new Map();
  for (const name of readdirSync(figuresDir).filter((each) => each.endsWith('.json') && each !== 'vitest.json'))
    figures.set(name.slice(0, -5), readJson(join(figuresDir, name)));
  figures.set('pii', piiFigure());
  const missing = sections.flat().filter((id) => !figures.has(id));
  const broken = [...figures.values()].flatMap((figure) =>
    figure.mustBeZero.filter((name) => (figure.counts[name] ?? 0) !== 0).map((name) => `${figure.title}: ${name}`),
  );
  const headings = ['Load', 'Faults', 'Bad input', 'Personal data', 'Audit tampering and cross-tenant reads'];
  const commit = version('git', ['-C', repo, 'rev-parse', '--short', 'HEAD']);
  const doc = [
    '# Reliability figures',
    '',
    `<!-- Written by scripts/reliability-report.mjs from a test run (npm run reliability). Do not edit by hand. -->`,
    '',
    `Generated ${new Date().toISOString()} from commit ${commit}, at ${quick ? 'quick' : 'full'} scale.`,
    '',
    `- Machine: ${machine()}.`,
    `- Run: \`${outcome.command}\` — ${testSummary()}; ${outcome.seconds} s wall time; exit code ${outcome.status}.`,
    `- Must-be-0 counts that are not 0: ${broken.length === 0 ? 'none' : broken.join('; ')}.${missing.length ? ` Missing figures: ${missing.join(', ')}.` : ''}`,
    '- Every loop is bounded in count and in time (fast-check `interruptAfterTimeLimit`, a deadline on the load writers, vitest timeouts) and talks only to loopback: PostgreSQL and the REST servers on 127.0.0.1, Chromium on a loopback dev server.',
    '- Scale: `npm test` runs the same tests at quick scale (16 × 100 load commands per path, 200 fuzzed inputs per command and route, 10,000-row files, 3 page closes per store); `npm run reliability` runs the full scale reported here (16 × 500, 1,000, 100,000, 6). Each test asserts its must-be-0 counts at either scale.',
    '',
    ...sections.flatMap((ids, index) => [
      `## ${headings[index]}`,
      '',
      ...ids.filter((id) => figures.has(id)).flatMap((id) => [figureSection(figures.get(id)), '']),
    ]),
  ].join('\n');
  const path = join(repo, 'docs/RELIABILITY.md');
  // Formatted as `npm run lint` expects every Markdown file to be.
  writeFileSync(path, await prettier.format(doc, { ...(await prettier.resolveConfig(path)), parser: 'markdown' }));
  return broken.length === 0 && missing.length === 0;
}

const outcome = run();
const clean = await write(outcome);
console.log(
  `docs/RELIABILITY.md written (${clean && outcome.status === 0 ? 'all figures hold' : 'NOT all figures hold'})`,
);
process.exit(outcome.status === 0 && clean ? 0 : 1);
