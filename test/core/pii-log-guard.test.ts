import { containsPiiShape } from '@dangjian/core';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');

interface Outcome {
  readonly code: number | null;
  readonly output: string;
}

/** Runs vitest in a child process; the promise settles with its exit code and everything it printed. */
function runVitest(args: readonly string[], env: NodeJS.ProcessEnv): Promise<Outcome> {
  return new Promise((settle) => {
    execFile('npx', ['vitest', 'run', ...args], { cwd: repo, env }, (error, stdout, stderr) =>
      settle({ code: error ? ((error.code as number | undefined) ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

describe('PII log guard (setup file of the core and adapters projects)', () => {
  it('fails exactly the tests that print an ID-number or mobile shape, and masks what it lets through', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pii-guard-'));
    const results = join(dir, 'results.json');
    // The child must not think it is one of this run's workers.
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
    const outcome = await runVitest(
      [
        '--config',
        'test/setup/fixtures/pii-leak.vitest.config.ts',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${results}`,
      ],
      { ...env, PII_SCAN_REPORT_DIR: dir, NO_COLOR: '1' },
    );
    expect(outcome.code).toBe(1);
    expect(containsPiiShape(outcome.output)).toBe(false);
    expect(outcome.output).toContain('***********');

    const report = JSON.parse(readFileSync(results, 'utf8')) as {
      testResults: { assertionResults: { title: string; status: string; failureMessages: string[] }[] }[];
    };
    const tests = report.testResults.flatMap((file) => file.assertionResults);
    expect(tests.map((test) => [test.title, test.status])).toEqual([
      ['logs nothing personal', 'passed'],
      ['logs a phone number', 'failed'],
      ['writes an ID number to stderr', 'failed'],
    ]);
    expect(tests[1]!.failureMessages.join('')).toContain('[info] calling ***********');
    expect(tests[2]!.failureMessages.join('')).toContain('[stderr] member ****************** imported');

    const [project] = readdirSync(dir).filter((name) => name === 'pii-leak-fixture');
    const [counts] = readdirSync(join(dir, project!));
    expect(JSON.parse(readFileSync(join(dir, project!, counts!), 'utf8'))).toMatchObject({
      file: 'test/setup/fixtures/pii-leak.fixture.ts',
      hits: 2,
      lines: 3,
    });
  }, 90_000);
});
