// Mutation testing of the rule compiler, the calendar and every engine (issue 12: "tests pin the
// rules, not just run them"). Run with `npm run mutation`, never in CI: it takes tens of minutes.
// Narrow a run to one area with `npm run mutation -- --mutate 'packages/core/src/calendar/**/*.ts'`.
// docs/MUTATION.md records the scores and explains every surviving mutant.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'packages/core/src/rules/**/*.ts',
    'packages/core/src/calendar/**/*.ts',
    'packages/core/src/engines/**/*.ts',
    // Message tables and index files are text and re-exports, not behaviour.
    '!packages/core/src/**/messages.ts',
    '!packages/core/src/**/index.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // Results of earlier runs: only changed mutants and tests are run again. Committed, so a re-run
  // after a small change takes minutes, not the full half hour.
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  timeoutMS: 20_000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
