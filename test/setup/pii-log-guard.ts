import { mkdirSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { format } from 'node:util';
import { afterAll, afterEach } from 'vitest';
import { LogScanner, type LogHit } from './log-scanner.js';

/**
 * Setup file of the node test projects: every console line and every write to stdout/stderr made
 * while a test file runs is scanned for ID-number and mobile shapes. A test during which one
 * appears fails; one written outside a test (imports, beforeAll/afterAll) fails the file. What
 * reaches the terminal is masked, so a leak is reported without being repeated in CI logs.
 */
const scanner = new LogScanner();
const repo = resolve(import.meta.dirname, '../..');
const reportDir = process.env['PII_SCAN_REPORT_DIR'] ?? resolve(repo, 'test/.artifacts/pii-scan');

/** Set while a console method runs, so its own write to stdout is not counted twice. */
let inConsole = false;

for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  const original = console[method].bind(console);
  console[method] = (...args: unknown[]): void => {
    inConsole = true;
    try {
      original(scanner.scan(method, format(...args)));
    } finally {
      inConsole = false;
    }
  };
}

for (const stream of ['stdout', 'stderr'] as const) {
  const target = process[stream];
  const original = target.write.bind(target) as (...args: unknown[]) => boolean;
  target.write = ((chunk: unknown, ...rest: unknown[]): boolean => {
    if (inConsole) return original(chunk, ...rest);
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
    return original(scanner.scan(stream, text), ...rest);
  }) as typeof target.write;
}

function leakError(hits: readonly LogHit[], where: string): Error {
  const lines = hits.map((hit) => `  [${hit.stream}] ${hit.masked}`).join('\n');
  return new Error(`${where} wrote ${hits.length} line(s) holding an ID-number or mobile shape (masked):\n${lines}`);
}

afterEach(() => {
  const hits = scanner.takeHits();
  if (hits.length > 0) throw leakError(hits, 'This test');
});

// Vitest parses the first parameter and insists on a destructuring pattern; only the suite is needed.
// eslint-disable-next-line no-empty-pattern
afterAll(({}, suite) => {
  const file = relative(repo, suite.file.filepath);
  const project = suite.file.projectName ?? 'default';
  // One small JSON per test file, overwritten each run, for the report generator to add up.
  const dir = resolve(reportDir, project);
  mkdirSync(dir, { recursive: true });
  const name = file.replaceAll(/[^\w.-]/g, '_');
  const report = { project, file, lines: scanner.lines, hits: scanner.hitCount };
  writeFileSync(resolve(dir, `${name}.json`), `${JSON.stringify(report)}\n`);
  const hits = scanner.takeHits();
  if (hits.length > 0) throw leakError(hits, 'This file (outside its tests)');
});
